using System.Text.Json.Nodes;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.GraphQL;

/// <summary>Observation connections page back with last/before over HTTP against the sample graph; totalCount stays the whole list's.</summary>
public sealed class ObservationPagingTests : IClassFixture<GraphServerFactory>
{
    private const string Page = """
        query Page($first: Int, $after: String, $last: Int, $before: String) {
          observations(first: $first, after: $after, last: $last, before: $before) {
            totalCount
            edges { cursor node { id } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private readonly HttpClient _client;

    public ObservationPagingTests(GraphServerFactory factory) => _client = factory.CreateClient();

    private static JsonNode Observations(JsonNode data) => data["observations"]!;

    private static List<string> Ids(JsonNode connection) => ConnectionWalk.Ids(connection);

    [Fact]
    public async Task Observations_walk_back_with_last_and_before_through_what_first_walked_with_the_same_totalCount()
    {
        var whole = Observations(await _client.QueryAsync(Page, new { first = 100 }));
        var all = Ids(whole);
        var total = whole["totalCount"]!.GetValue<int>();
        var backward = await ConnectionWalk.BackwardAsync(_client, Page, Observations, last: 3, total, maxPages: all.Count);

        Assert.True(all.Count > 3);
        Assert.Equal(all.Count, total);
        Assert.Equal(all, backward);
    }

    [Fact]
    public async Task An_indicators_observations_page_from_the_end_too()
    {
        var data = await _client.QueryAsync("""
            { indicators(first: 100) { nodes { all: observations(first: 100) { edges { node { id } } } last: observations(last: 1) { edges { node { id } } } } } }
            """);

        var nodes = data["indicators"]!["nodes"]!.AsArray();
        Assert.Contains(nodes, n => Ids(n!["all"]!).Count > 0);
        Assert.All(nodes, n => Assert.Equal(Ids(n!["all"]!).TakeLast(1), Ids(n["last"]!)));
    }

    [Theory]
    [InlineData("""{ observations(first: 1, last: 1) { totalCount } }""")]
    [InlineData("""{ observations(last: 1, before: "bm90IGEgY3Vyc29y") { totalCount } }""")]
    public async Task First_and_last_together_or_a_bad_before_cursor_are_BAD_USER_INPUT(string query)
    {
        var response = await _client.QueryWithErrorsAsync(query);

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
    }

    [Fact]
    public async Task A_last_above_the_page_limit_is_LIMIT_EXCEEDED()
    {
        var response = await _client.QueryWithErrorsAsync("""{ observations(last: 101) { totalCount } }""");

        Assert.Equal("LIMIT_EXCEEDED", response.ErrorCode());
        Assert.Contains("Graph:Limits:MaxPageSize", response["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
