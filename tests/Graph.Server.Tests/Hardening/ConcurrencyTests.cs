using System.Net;
using Graph.GraphQL.Security;
using Graph.Server.Security;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Hardening;

/// <summary>Concurrent ingestion of overlapping documents, with queries running meanwhile: no errors, no lost or duplicated facts.</summary>
public sealed class ConcurrencyTests
{
    private const string Mutation = """
        mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { alreadyIngested } }
        """;

    private const string Reads = """
        { search(text: "沈阳") { nodes { name } } statistics { entities relations } places(first: 20) { nodes { name location: parent { name } } } }
        """;

    [Fact]
    public async Task Overlapping_documents_ingested_at_once_end_as_if_ingested_one_by_one()
    {
        // Eight documents that share most of their entities (the same cities, bodies and indicators).
        var documents = Enumerable.Range(1, 8).Select(i => new { title = $"简报 {i}", text = SyntheticNewsletter.Create(articles: 60, seed: i) }).ToList();

        await using var concurrent = new GraphServerFactory { LoadSampleGraph = false, Settings = { ["Graph:RateLimit:MutationsPerMinute"] = "0" } };
        using var writer = concurrent.CreateClient(GraphRole.Writer);
        using var reader = concurrent.CreateClient();
        var writes = documents.Select(d => writer.PostGraphQLAsync(Mutation, new { input = d })).ToList();
        var reads = Enumerable.Range(0, 24).Select(_ => reader.PostGraphQLAsync(Reads)).ToList();
        var answers = await Task.WhenAll(writes.Concat(reads));

        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.OK && !a.Body.Contains("\"errors\"", StringComparison.Ordinal), a.Body));

        await using var sequential = new GraphServerFactory { LoadSampleGraph = false, Settings = { ["Graph:RateLimit:MutationsPerMinute"] = "0" } };
        using var oneByOne = sequential.CreateClient(GraphRole.Writer);
        foreach (var document in documents)
        {
            await oneByOne.QueryAsync(Mutation, new { input = document });
        }

        Assert.Equal(await StoreChecksum.ComputeAsync(sequential.Store.Inner), await StoreChecksum.ComputeAsync(concurrent.Store.Inner));
    }

    [Fact]
    public async Task Mutations_over_the_rate_limit_get_429_and_LIMIT_EXCEEDED()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false, Settings = { ["Graph:RateLimit:MutationsPerMinute"] = "2" } };
        using var writer = factory.CreateClient(GraphRole.Writer);
        var input = new { title = "t", text = SyntheticNewsletter.Create(articles: 1) };

        var answers = new List<(HttpStatusCode Status, string Body)>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await writer.PostGraphQLAsync(Mutation, new { input }));
        }

        Assert.Equal(HttpStatusCode.OK, answers[0].Status);
        Assert.Equal(HttpStatusCode.OK, answers[1].Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[2].Status);
        Assert.Equal("LIMIT_EXCEEDED", System.Text.Json.Nodes.JsonNode.Parse(answers[2].Body)!.ErrorCode());
    }
}
