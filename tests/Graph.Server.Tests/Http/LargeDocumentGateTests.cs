using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Http;

/// <summary>Documents of 2 KiB or more take turns; small ones run side by side.</summary>
public sealed class LargeDocumentGateTests
{
    private const string Search = """{ search(text: "大连") { nodes { name } } }""";

    [Theory]
    [InlineData(0, 2)]
    [InlineData(3_000, 1)]
    public async Task Large_documents_run_one_at_a_time(int padding, int expectedAtOnce)
    {
        FaultyGraphStore? faults = null;
        await using var factory = new GraphServerFactory
        {
            Settings = { ["Graph:RateLimit:ExpensiveQueriesPerMinute"] = "0" },
            Faults = real => faults = new FaultyGraphStore(real),
        };
        using var client = factory.CreateClient();
        await client.QueryAsync("{ __typename }");
        faults!.Delay = TimeSpan.FromSeconds(3);

        // A comment pads the document without changing what it asks.
        var query = "#" + new string('x', padding) + "\n" + Search;
        var answers = await Task.WhenAll(client.PostGraphQLAsync(query), client.PostGraphQLAsync(query));

        Assert.All(answers, answer => Assert.Equal(System.Net.HttpStatusCode.OK, answer.Status));
        Assert.Equal(expectedAtOnce, faults.MostAtOnce);
    }
}
