using System.Net;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Hardening;

/// <summary>The budget of expensive reads charges operations that select a field the schema marks expensive, or the configured ones.</summary>
public sealed class ExpensiveFieldRateLimitTests
{
    [Fact]
    public async Task A_marked_field_spends_the_budget_and_an_unmarked_one_does_not()
    {
        await using var factory = new GraphServerFactory { Settings = { ["Graph:RateLimit:ExpensiveQueriesPerMinute"] = "1" } };
        using var client = factory.CreateClient();

        var cheap = new[] { await client.PostGraphQLAsync("{ statistics { entities } }"), await client.PostGraphQLAsync("{ statistics { entities } }") };
        var first = await client.PostGraphQLAsync("""{ search(text: "大连") { nodes { name } } }""");
        var second = await client.PostGraphQLAsync("""{ search(text: "大连") { nodes { name } } }""");

        Assert.All(cheap, response => Assert.Equal(HttpStatusCode.OK, response.Status));
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.Status);
    }

    [Fact]
    public async Task Configured_expensive_fields_replace_the_schemas_marks()
    {
        await using var factory = new GraphServerFactory
        {
            Settings = { ["Graph:RateLimit:ExpensiveQueriesPerMinute"] = "1", ["Graph:RateLimit:ExpensiveFields:0"] = "statistics" },
        };
        using var client = factory.CreateClient();

        var searches = new[] { await client.PostGraphQLAsync("""{ search(text: "大连") { nodes { name } } }"""), await client.PostGraphQLAsync("""{ search(text: "大连") { nodes { name } } }""") };
        var first = await client.PostGraphQLAsync("{ statistics { entities } }");
        var second = await client.PostGraphQLAsync("{ statistics { entities } }");

        Assert.All(searches, response => Assert.Equal(HttpStatusCode.OK, response.Status));
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.Status);
    }
}
