using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Graph.GraphQL.Security;
using Graph.Server.Security;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Ingestion;

/// <summary>
/// The mutation's extraction runs under the operation's deadline and the client's abort: the answer comes at the
/// deadline even from an extractor slow to notice, and a cancelled or refused ingestion leaves the store as it was,
/// also after the extraction finally stops.
/// </summary>
public sealed class IngestionBoundsTests
{
    private const string Mutation = "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { alreadyIngested } }";
    private static readonly object Document = new { input = new { title = "鞍山简报", text = SyntheticNewsletter.Create(articles: 20) } };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_ingestion_past_the_deadline_answers_TIMEOUT_at_the_deadline_and_writes_nothing(bool cooperative)
    {
        var (factory, slow) = SlowService(TimeSpan.FromSeconds(10), cooperative, new() { ["Graph:Limits:TimeoutSeconds"] = "1" });
        await using var _ = factory;
        using var client = factory.CreateClient(GraphRole.Writer);
        await client.WarmUpAsync();
        var before = await StoreChecksum.ComputeAsync(factory.Store.Inner);

        var clock = Stopwatch.StartNew();
        var (status, body) = await client.PostGraphQLAsync(Mutation, Document);
        var answeredIn = clock.Elapsed;

        Assert.Equal(HttpStatusCode.GatewayTimeout, status);
        Assert.Equal("TIMEOUT", JsonNode.Parse(body)!.ErrorCode());
        Assert.True(answeredIn < TimeSpan.FromSeconds(6), $"answered after {answeredIn}: it waited for the extraction, not for the 1 s deadline");

        // Once the extraction has stopped (at once, or after its 10 s), nothing of the document was written.
        await WaitUntilAsync(() => slow().Finished == 1);
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        Assert.Equal(before, await StoreChecksum.ComputeAsync(factory.Store.Inner));
    }

    [Fact]
    public async Task A_client_that_goes_away_cancels_its_ingestion_and_nothing_is_written()
    {
        var (factory, slow) = SlowService(TimeSpan.FromSeconds(30), cooperative: true, []);
        await using var _ = factory;
        using var client = factory.CreateClient(GraphRole.Writer);
        var before = await StoreChecksum.ComputeAsync(factory.Store.Inner);

        // The client goes away once the extraction has begun (a fixed delay could fire before the request reaches the
        // extractor on a loaded machine, and then there would be nothing to cancel).
        using var abort = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var post = client.PostAsync(
            "/graphql", System.Net.Http.Json.JsonContent.Create(new { query = Mutation, variables = Document }), abort.Token);
        await WaitUntilAsync(() => slow() is { Started: 1 });
        await abort.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => post);

        // The extractor sees the abort and stops long before its 30 s.
        await WaitUntilAsync(() => slow().Finished == 1);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"the extraction ran {clock.Elapsed}");
        Assert.Equal(before, await StoreChecksum.ComputeAsync(factory.Store.Inner));
    }

    [Fact]
    public async Task Ingestions_take_turns_and_one_that_timed_out_does_not_block_the_next()
    {
        var (factory, slow) = SlowService(
            TimeSpan.FromSeconds(10), cooperative: true, new() { ["Graph:Limits:TimeoutSeconds"] = "2", ["Graph:RateLimit:MutationsPerMinute"] = "0" });
        await using var _ = factory;
        using var client = factory.CreateClient(GraphRole.Writer);

        var timedOut = await client.PostGraphQLAsync(Mutation, Document);
        slow().Busy = TimeSpan.Zero;
        var next = await client.PostGraphQLAsync(Mutation, Document);

        Assert.Equal("TIMEOUT", JsonNode.Parse(timedOut.Body)!.ErrorCode());
        Assert.True(next.Status == HttpStatusCode.OK, next.Body);
        Assert.False(JsonNode.Parse(next.Body)!["data"]!["ingestDocument"]!["alreadyIngested"]!.GetValue<bool>());
    }

    /// <summary>The service on an empty store with its extractor slowed by <paramref name="busy"/>; the extractor exists once the service starts.</summary>
    private static (GraphServerFactory Factory, Func<SlowExtractor> Slow) SlowService(TimeSpan busy, bool cooperative, Dictionary<string, string> settings)
    {
        SlowExtractor? slow = null;
        var factory = new GraphServerFactory
        {
            LoadSampleGraph = false,
            Settings = settings,
            ExtractorFaults = real => slow = new SlowExtractor(real) { Busy = busy, Cooperative = cooperative },
        };
        return (factory, () => slow!);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "waited 30 s");
            await Task.Delay(50);
        }
    }
}
