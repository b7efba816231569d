using System.Text.Json.Nodes;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.GraphQL;

/// <summary>
/// A subject's <c>observations</c> (on places, companies, organizations, events, industries) is a connection: over HTTP
/// against the sample graph it pages forward and back through what the root <c>observations(subject:)</c> lists, with the
/// same <c>totalCount</c>, and a first page batched across siblings agrees with each subject's own count.
/// </summary>
public sealed class SubjectObservationPagingTests : IClassFixture<GraphServerFactory>
{
    private const string Page = """
        query Page($place: ID!, $first: Int, $after: String, $last: Int, $before: String, $targets: Boolean!) {
          node(id: $place) {
            ... on Place {
              observations(includeTargets: $targets, first: $first, after: $after, last: $last, before: $before) {
                totalCount
                edges { cursor node { id } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
          }
        }
        """;

    private readonly HttpClient _client;

    public SubjectObservationPagingTests(GraphServerFactory factory) => _client = factory.CreateClient();

    private static List<string> Ids(JsonNode connection) => ConnectionWalk.Ids(connection);

    private async Task<string> ProvinceAsync()
    {
        var data = await _client.QueryAsync("""{ places(where: { name: { eq: "辽宁省" } }) { nodes { id } } }""");
        return data["places"]!["nodes"]![0]!["id"]!.GetValue<string>();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_places_observations_page_forward_and_back_through_the_root_list_of_its_figures(bool targets)
    {
        var place = await ProvinceAsync();
        var root = await _client.QueryAsync(
            "query($s: ID!, $t: Boolean!) { observations(subject: $s, includeTargets: $t, first: 100) { totalCount edges { node { id } } } }",
            new { s = place, t = targets });
        var all = Ids(root["observations"]!);

        var forward = new List<string>();
        string? after = null;
        for (var pages = 0; pages <= all.Count; pages++)
        {
            var page = (await _client.QueryAsync(Page, new { place, first = 3, after, targets }))["node"]!["observations"]!;
            forward.AddRange(Ids(page));
            Assert.Equal(all.Count, page["totalCount"]!.GetValue<int>());
            Assert.Equal(after is not null, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        var backward = await ConnectionWalk.BackwardAsync(
            _client, Page, data => data["node"]!["observations"]!, last: 3, all.Count, maxPages: all.Count,
            before => new { place, last = 3, before, targets });

        Assert.True(all.Count > 3);
        Assert.Equal(root["observations"]!["totalCount"]!.GetValue<int>(), all.Count);
        Assert.Equal(all, forward);
        Assert.Equal(all, backward);
    }

    [Fact]
    public async Task First_pages_batched_across_sibling_places_agree_with_each_places_count_and_resume_where_they_stop()
    {
        var data = await _client.QueryAsync("""
            {
              places(first: 100) {
                nodes {
                  id
                  one: observations(first: 1) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage endCursor } }
                  all: observations(first: 100) { edges { node { id } } }
                }
              }
            }
            """);

        var places = data["places"]!["nodes"]!.AsArray();
        Assert.Contains(places, p => p!["one"]!["totalCount"]!.GetValue<int>() > 1);
        foreach (var place in places)
        {
            var one = place!["one"]!;
            var all = Ids(place["all"]!);
            Assert.Equal(all.Count, one["totalCount"]!.GetValue<int>());
            Assert.Equal(all.Count > 1, one["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            Assert.False(one["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            if (all.Count > 1)
            {
                var next = await _client.QueryAsync(
                    Page, new { place = place["id"]!.GetValue<string>(), first = 100, after = one["pageInfo"]!["endCursor"]!.GetValue<string>(), targets = true });
                Assert.Equal(all.Skip(1), Ids(next["node"]!["observations"]!));
            }
        }
    }

    [Fact]
    public async Task Every_subject_kind_has_an_observation_connection()
    {
        var data = await _client.QueryAsync("""
            {
              companies(first: 1) { nodes { observations(last: 1) { totalCount pageInfo { hasNextPage } } } }
              organizations(first: 1) { nodes { observations(first: 1) { totalCount } } }
              events(first: 1) { nodes { observations { totalCount } } }
              industries(first: 1) { nodes { observations(includeTargets: false) { totalCount } } }
            }
            """);

        foreach (var list in new[] { "companies", "organizations", "events", "industries" })
        {
            Assert.All(data[list]!["nodes"]!.AsArray(), n => Assert.True(n!["observations"]!["totalCount"]!.GetValue<int>() >= 0));
        }
    }

    [Theory]
    [InlineData("""{ places(first: 1) { nodes { observations(first: 1, last: 1) { totalCount } } } }""", "BAD_USER_INPUT")]
    [InlineData("""{ places(first: 1) { nodes { observations(first: -1) { totalCount } } } }""", "BAD_USER_INPUT")]
    [InlineData("""{ places(first: 1) { nodes { observations(after: "bm90IGEgY3Vyc29y") { totalCount } } } }""", "BAD_USER_INPUT")]
    [InlineData("""{ places(first: 1) { nodes { observations(last: 1, before: "bm90IGEgY3Vyc29y") { totalCount } } } }""", "BAD_USER_INPUT")]
    [InlineData("""{ places(first: 1) { nodes { observations(indicator: "COMPANY") { totalCount } } } }""", "BAD_USER_INPUT")]
    [InlineData("""{ places(first: 1) { nodes { observations(first: 101) { totalCount } } } }""", "LIMIT_EXCEEDED")]
    [InlineData("""{ places(first: 1) { nodes { observations(last: 101) { totalCount } } } }""", "LIMIT_EXCEEDED")]
    public async Task Bad_paging_arguments_on_a_subjects_observations_are_refused(string query, string code)
    {
        var company = Convert.ToBase64String("Company:company_0000000000000000"u8.ToArray());

        var response = await _client.QueryWithErrorsAsync(query.Replace("COMPANY", company));

        Assert.Equal(code, response.ErrorCode());
    }

    [Fact]
    public async Task A_cursor_of_another_list_is_refused_by_a_subjects_observations()
    {
        var place = await ProvinceAsync();
        var relations = await _client.QueryAsync(
            "query($p: ID!) { node(id: $p) { ... on Place { relations(first: 1) { pageInfo { endCursor } } } } }", new { p = place });
        var cursor = relations["node"]!["relations"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var response = await _client.QueryWithErrorsAsync(Page, new { place, first = 1, after = cursor, targets = true });

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
    }
}
