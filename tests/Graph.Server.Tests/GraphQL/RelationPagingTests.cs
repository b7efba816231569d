using System.Text.Json.Nodes;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.GraphQL;

/// <summary>Relation connections page back with last/before over HTTP against the sample graph; totalCount stays the whole list's.</summary>
public sealed class RelationPagingTests : IClassFixture<GraphServerFactory>
{
    private const string Page = """
        query Page($first: Int, $after: String, $last: Int, $before: String) {
          places(where: { name: { eq: "大连市" } }) {
            nodes {
              relations(first: $first, after: $after, last: $last, before: $before) {
                totalCount
                edges { cursor node { id } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
          }
        }
        """;

    private readonly HttpClient _client;

    public RelationPagingTests(GraphServerFactory factory) => _client = factory.CreateClient();

    private static JsonNode Relations(JsonNode data) => data["places"]!["nodes"]![0]!["relations"]!;

    private static List<string> Ids(JsonNode connection) => ConnectionWalk.Ids(connection);

    [Fact]
    public async Task Relations_walk_back_with_last_and_before_through_what_first_walked_with_the_same_totalCount()
    {
        var whole = Relations(await _client.QueryAsync(Page, new { first = 100 }));
        var all = Ids(whole);
        var total = whole["totalCount"]!.GetValue<int>();
        var backward = await ConnectionWalk.BackwardAsync(_client, Page, Relations, last: 2, total, maxPages: all.Count);

        Assert.True(all.Count > 2);
        Assert.Equal(all.Count, total);
        Assert.Equal(all, backward);
    }

    [Fact]
    public async Task A_page_between_two_cursors_holds_what_lies_between_them_either_way()
    {
        var whole = Relations(await _client.QueryAsync(Page, new { first = 100 }));
        var edges = whole["edges"]!.AsArray();
        var (after, before) = (edges[0]!["cursor"]!.GetValue<string>(), edges[^1]!["cursor"]!.GetValue<string>());
        var inside = Ids(whole)[1..^1];

        var forward = Relations(await _client.QueryAsync(Page, new { first = 100, after, before }));
        var fromEnd = Relations(await _client.QueryAsync(Page, new { last = 1, after, before }));

        Assert.Equal(inside, Ids(forward));
        Assert.Equal([inside[^1]], Ids(fromEnd));
        Assert.True(fromEnd["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>() == inside.Count > 1);
    }

    [Fact]
    public async Task Affects_and_affectedBy_page_from_the_end_too()
    {
        var data = await _client.QueryAsync("""
            {
              policies(first: 100) { nodes { all: affects(first: 100) { edges { node { id } } } last: affects(last: 1) { totalCount edges { node { id } } } } }
              industries(first: 100) { nodes { all: affectedBy(first: 100) { edges { node { id } } } last: affectedBy(last: 1) { edges { node { id } } } } }
            }
            """);

        var checkedAny = false;
        foreach (var node in data["policies"]!["nodes"]!.AsArray().Concat(data["industries"]!["nodes"]!.AsArray()))
        {
            var all = Ids(node!["all"]!);
            Assert.Equal(all.TakeLast(1), Ids(node["last"]!));
            checkedAny |= all.Count > 0;
        }

        Assert.True(checkedAny);
    }

    [Theory]
    [InlineData("""{ places(first: 1) { nodes { relations(first: 1, last: 1) { totalCount } } } }""")]
    [InlineData("""{ policies(first: 1) { nodes { affects(first: 1, last: 1) { totalCount } } } }""")]
    [InlineData("""{ places(first: 1) { nodes { relations(last: -1) { totalCount } } } }""")]
    [InlineData("""{ places(first: 1) { nodes { relations(last: 1, before: "bm90IGEgY3Vyc29y") { totalCount } } } }""")]
    public async Task First_and_last_together_or_a_bad_before_cursor_are_BAD_USER_INPUT(string query)
    {
        var response = await _client.QueryWithErrorsAsync(query);

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
    }

    [Fact]
    public async Task A_last_above_the_page_limit_is_LIMIT_EXCEEDED()
    {
        var response = await _client.QueryWithErrorsAsync("""{ places(first: 1) { nodes { relations(last: 101) { totalCount } } } }""");

        Assert.Equal("LIMIT_EXCEEDED", response.ErrorCode());
        Assert.Contains("Graph:Limits:MaxPageSize", response["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
