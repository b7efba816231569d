using System.Text.Json.Nodes;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.GraphQL;

/// <summary>Filters, counts, paging both ways, pinyin order and their bounds, over HTTP against the sample graph.</summary>
public sealed class FilterQueryTests : IClassFixture<GraphServerFactory>
{
    private readonly HttpClient _client;

    public FilterQueryTests(GraphServerFactory factory) => _client = factory.CreateClient();

    private static List<string> Names(JsonNode connection) =>
        connection["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task The_tour_query_filters_counts_and_pages_places_under_a_province()
    {
        var province = await _client.QueryAsync("""{ places(where: { name: { eq: "辽宁省" } }) { nodes { id } } }""");
        var id = province["places"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var data = await _client.QueryAsync(TourQueries.PlacesUnderProvince, new { province = id });

        var places = data["places"]!;
        var total = places["totalCount"]!.GetValue<int>();
        Assert.InRange(total, 2, 1000);
        Assert.Equal(Math.Min(total, 5), places["nodes"]!.AsArray().Count);
        Assert.Equal(total > 5, places["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(places["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Or_and_not_filter_and_totalCount_counts_what_the_filter_keeps()
    {
        var data = await _client.QueryAsync("""
            {
              all: places { totalCount }
              either: places(where: { or: [{ name: { eq: "辽宁省" } }, { name: { eq: "大连市" } }] }, first: 10) { totalCount nodes { name } }
              rest: places(where: { not: { or: [{ name: { eq: "辽宁省" } }, { name: { eq: "大连市" } }] } }) { totalCount }
            }
            """);

        Assert.Equal(["大连市", "辽宁省"], Names(data["either"]!));
        Assert.Equal(2, data["either"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(data["all"]!["totalCount"]!.GetValue<int>() - 2, data["rest"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Last_and_before_walk_back_through_the_pages_first_and_after_walked()
    {
        const string Page = """
            query Page($first: Int, $after: String, $last: Int, $before: String) {
              places(orderBy: [NAME_PINYIN_ASC], first: $first, after: $after, last: $last, before: $before) {
                nodes { name }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
            """;
        var forward = new List<string>();
        string? after = null;
        while (true)
        {
            var page = (await _client.QueryAsync(Page, new { first = 7, after }))["places"]!;
            forward.AddRange(Names(page));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        var backward = new List<string>();
        string? before = null;
        while (true)
        {
            var page = (await _client.QueryAsync(Page, new { last = 7, before }))["places"]!;
            backward.InsertRange(0, Names(page));
            if (!page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>())
            {
                break;
            }

            before = page["pageInfo"]!["startCursor"]!.GetValue<string>();
        }

        Assert.True(forward.Count > 7);
        Assert.Equal(forward, backward);
        Assert.Equal(forward.Count, forward.Distinct().Count());
    }

    [Fact]
    public async Task Company_events_organization_and_industry_types_have_figures_with_a_target_switch()
    {
        var data = await _client.QueryAsync("""
            {
              companies(first: 1) { nodes { observations(includeTargets: false) { nodes { isTarget } } } }
              events(first: 1) { nodes { observations { nodes { value } } } }
              organizations(first: 1) { nodes { observations { nodes { value } } } }
              industries(first: 1) { nodes { observations { nodes { value } } } }
              places(where: { name: { eq: "辽宁省" } }) {
                nodes {
                  all: observations(first: 100) { nodes { isTarget } }
                  outcomes: observations(first: 100, includeTargets: false) { nodes { isTarget } }
                }
              }
            }
            """);

        var liaoning = data["places"]!["nodes"]![0]!;
        Assert.Contains(liaoning["all"]!["nodes"]!.AsArray(), o => o!["isTarget"]!.GetValue<bool>());
        Assert.DoesNotContain(liaoning["outcomes"]!["nodes"]!.AsArray(), o => o!["isTarget"]!.GetValue<bool>());
        Assert.Equal(
            liaoning["all"]!["nodes"]!.AsArray().Count(o => !o!["isTarget"]!.GetValue<bool>()),
            liaoning["outcomes"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_tour_query_shows_targets_beside_outcomes_and_leaves_them_out_on_request()
    {
        var data = await _client.QueryAsync(TourQueries.TargetsBesideOutcomes);

        var liaoning = data["places"]!["nodes"]![0]!;
        var all = liaoning["all"]!["nodes"]!.AsArray();
        var targets = all.Count(o => o!["isTarget"]!.GetValue<bool>());
        Assert.True(targets > 0);
        Assert.Equal(all.Count - targets, liaoning["outcomes"]!["nodes"]!.AsArray().Count);
        Assert.Equal(all.Count, liaoning["all"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(all.Count - targets, liaoning["outcomes"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Relation_and_observation_connections_count_too()
    {
        var data = await _client.QueryAsync("""
            {
              places(first: 50) { nodes { relations(first: 1) { totalCount edges { cursor } } } }
              observations(first: 1) { totalCount nodes { value } }
              all: observations(first: 100) { nodes { isTarget } }
              outcomes: observations(first: 1, includeTargets: false) { totalCount }
            }
            """);

        Assert.Contains(data["places"]!["nodes"]!.AsArray(), p => p!["relations"]!["totalCount"]!.GetValue<int>() > 1);
        Assert.Equal(data["all"]!["nodes"]!.AsArray().Count, data["observations"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(
            data["all"]!["nodes"]!.AsArray().Count(o => !o!["isTarget"]!.GetValue<bool>()),
            data["outcomes"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Search_takes_a_filter_and_counts_its_hits()
    {
        var data = await _client.QueryAsync("""
            {
              all: search(text: "大连", first: 50) { totalCount nodes { kind } }
              places: search(text: "大连", where: { kinds: [PLACE] }) { totalCount nodes { kind } }
            }
            """);

        Assert.Equal(data["all"]!["nodes"]!.AsArray().Count, data["all"]!["totalCount"]!.GetValue<int>());
        Assert.All(data["places"]!["nodes"]!.AsArray(), n => Assert.Equal("PLACE", n!["kind"]!.GetValue<string>()));
        Assert.Equal(data["places"]!["nodes"]!.AsArray().Count, data["places"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Search_walks_back_with_last_and_before_through_the_hits_first_and_after_walked()
    {
        const string Page = """
            query Page($first: Int, $after: String, $last: Int, $before: String) {
              search(text: "大连", first: $first, after: $after, last: $last, before: $before) {
                nodes { name }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
            """;
        var all = Names((await _client.QueryAsync(Page, new { first = 50 }))["search"]!);
        var backward = new List<string>();
        string? before = null;
        bool? laterPages = null;
        while (true)
        {
            var page = (await _client.QueryAsync(Page, new { last = 1, before }))["search"]!;
            backward.InsertRange(0, Names(page));
            laterPages ??= page["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
            if (!page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>() || backward.Count > all.Count)
            {
                break;
            }

            before = page["pageInfo"]!["startCursor"]!.GetValue<string>();
        }

        Assert.True(all.Count > 2);
        Assert.Equal(all, backward);
        Assert.False(laterPages);
    }

    [Theory]
    [InlineData("""{ places(where: { name: { in: [LIST] } }) { nodes { name } } }""")]
    [InlineData("""{ places(where: { and: [{ and: [{ and: [{ and: [{ and: [{ and: [{ name: { eq: "x" } }] }] }] }] }] }] }) { nodes { name } } }""")]
    [InlineData("""{ places(where: { or: [MANY] }) { nodes { name } } }""")]
    public async Task A_filter_past_its_bounds_is_refused_with_LIMIT_EXCEEDED(string query)
    {
        var list = string.Join(", ", Enumerable.Range(0, 101).Select(i => $"\"{i}\""));
        var many = string.Join(", ", Enumerable.Range(0, 60).Select(i => $"{{ name: {{ eq: \"{i}\" }} }}"));

        var response = await _client.QueryWithErrorsAsync(query.Replace("LIST", list).Replace("MANY", many));

        Assert.Equal("LIMIT_EXCEEDED", response.ErrorCode());
    }

    [Theory]
    [InlineData("""{ places(first: 1, last: 1) { nodes { name } } }""")]
    [InlineData("""{ places(last: -1) { nodes { name } } }""")]
    [InlineData("""{ search(text: "大连", first: 1, last: 1) { nodes { name } } }""")]
    [InlineData("""{ search(text: "大连", last: 1, before: "bm90IGEgY3Vyc29y") { nodes { name } } }""")]
    [InlineData("""{ places(orderBy: []) { nodes { name } } }""")]
    [InlineData("""{ places(where: { within: "Q29tcGFueTp4" }) { nodes { name } } }""")]
    [InlineData("""{ places(where: { figures: { value: { gt: 1, lt: 2 } } }) { nodes { name } } }""")]
    public async Task Bad_paging_and_filter_arguments_are_BAD_USER_INPUT(string query)
    {
        var response = await _client.QueryWithErrorsAsync(query);

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
    }
}
