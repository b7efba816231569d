using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.GraphQL;

/// <summary>Bad arguments get BAD_USER_INPUT with a message that says what is wrong, and never a stack trace.</summary>
public sealed class ArgumentValidationTests : IClassFixture<GraphServerFactory>
{
    private readonly HttpClient _client;

    public ArgumentValidationTests(GraphServerFactory factory) => _client = factory.CreateClient();

    [Theory]
    [InlineData("""{ companies(first: -1) { nodes { name } } }""")]
    [InlineData("""{ search(text: "") { nodes { name } } }""")]
    [InlineData("""{ node(id: "not-an-id") { id } }""")]
    [InlineData("""{ companies(after: "forged") { nodes { name } } }""")]
    [InlineData("""{ companies(after: "bGlzdDpQbGFjZTpOYW1lQXNjZW5kaW5nfHg") { nodes { name } } }""")]
    [InlineData("""{ neighborhood(id: "UGxhY2U6cGxhY2VfMA", depth: 4) { truncated } }""")]
    [InlineData("""{ neighborhood(id: "UGxhY2U6cGxhY2VfMA", limit: 0) { truncated } }""")]
    [InlineData("""{ shortestPath(from: "UGxhY2U6cGxhY2VfMA", to: "UGxhY2U6cGxhY2VfMA", maxLength: 7) { length } }""")]
    [InlineData("""{ places(where: { locatedIn: "Q29tcGFueTp4" }) { nodes { name } } }""")]
    public async Task A_bad_argument_is_reported_as_BAD_USER_INPUT(string query)
    {
        var response = await _client.QueryWithErrorsAsync(query);

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
        var message = response["errors"]![0]!["message"]!.GetValue<string>();
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ companies(first: 101) { nodes { name } } }""")]
    [InlineData("""{ places(first: 5) { nodes { children(first: 1000) { name } } } }""")]
    public async Task A_page_size_above_the_limit_is_LIMIT_EXCEEDED(string query)
    {
        var response = await _client.QueryWithErrorsAsync(query);

        Assert.Equal("LIMIT_EXCEEDED", response.ErrorCode());
        Assert.Contains("Graph:Limits:MaxPageSize", response["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_well_formed_id_of_nothing_resolves_to_null()
    {
        var data = await _client.QueryAsync("""{ node(id: "UGxhY2U6cGxhY2VfMA") { id } }""");

        Assert.Null(data["node"]);
    }

    [Fact]
    public async Task A_cursor_pages_through_a_list_without_gaps_or_repeats()
    {
        var names = new List<string>();
        string? after = null;
        do
        {
            var data = await _client.QueryAsync(
                "query($after: String) { places(first: 7, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } }",
                new { after });
            var page = data["places"]!;
            names.AddRange(page["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        var all = await _client.QueryAsync("{ statistics { entitiesByKind { kind count } } }");
        var places = all["statistics"]!["entitiesByKind"]!.AsArray().Single(k => k!["kind"]!.GetValue<string>() == "PLACE")!["count"]!.GetValue<int>();
        Assert.Equal(places, names.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
