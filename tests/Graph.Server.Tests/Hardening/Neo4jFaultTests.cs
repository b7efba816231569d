using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Hardening;

/// <summary>
/// The real service on the Neo4j store with no usable Neo4j behind it: nothing listening, or a server that accepts
/// connections and never speaks. The service still starts; store queries answer UNAVAILABLE (not INTERNAL, no stack trace,
/// no hang until the operation timeout); readiness fails while liveness holds. The Bolt conversations behind this are
/// in Graph.Bolt.Tests and Graph.Storage.Neo4j.Tests.
/// </summary>
public sealed class Neo4jFaultTests
{
    private const string StoreQuery = """{ search(text: "大连") { nodes { name } } }""";

    private static readonly TimeSpan ConnectionTimeout = TimeSpan.FromMilliseconds(500);

    /// <summary>Well under the 15 s operation timeout, so an answer within it cannot be that timeout's TIMEOUT.</summary>
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task With_nothing_listening_at_the_Neo4j_address_the_service_starts_answers_UNAVAILABLE_and_is_live_but_not_ready()
    {
        await using var factory = OnNeo4j(NothingListening());
        using var client = factory.CreateClient();

        await AssertUnavailableAsync(client);
    }

    [Fact]
    public async Task A_Neo4j_that_accepts_connections_but_never_answers_gives_UNAVAILABLE_within_the_connection_timeout()
    {
        await SilentServerAsync(async uri =>
        {
            await using var factory = OnNeo4j(uri);
            using var client = factory.CreateClient();

            await AssertUnavailableAsync(client);
        });
    }

    [Fact]
    public async Task A_Neo4j_slower_than_the_operation_timeout_gives_TIMEOUT_promptly()
    {
        await SilentServerAsync(async uri =>
        {
            // The connection timeout outlasts the operation's 1 s, so the operation's cancellation is what ends the wait.
            await using var factory = OnNeo4j(uri, connectionTimeout: TimeSpan.FromSeconds(3));
            factory.Settings["Graph:Limits:TimeoutSeconds"] = "1";
            using var client = factory.CreateClient();
            var clock = Stopwatch.StartNew();

            var (status, body) = await client.PostGraphQLAsync(StoreQuery);

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1) + TimeSpan.FromSeconds(2), $"the query took {clock.Elapsed}");
            Assert.Equal("TIMEOUT", JsonNode.Parse(body)!.ErrorCode());
            Assert.Equal(HttpStatusCode.GatewayTimeout, status);
        });
    }

    private static async Task AssertUnavailableAsync(HttpClient client)
    {
        var clock = Stopwatch.StartNew();
        var (_, body) = await client.PostGraphQLAsync(StoreQuery);
        var answeredIn = clock.Elapsed;
        using var ready = await client.GetAsync("/readyz");
        using var live = await client.GetAsync("/healthz");

        Assert.True(answeredIn < NoHang, $"the query took {answeredIn}");
        Assert.Equal("UNAVAILABLE", JsonNode.Parse(body)!.ErrorCode());
        // Nothing of the store's inside: no stack trace, exception type, Bolt address or Cypher.
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("bolt://", body, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", body, StringComparison.Ordinal);
        Assert.DoesNotContain("MATCH", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    /// <summary>
    /// The service on Neo4j at <paramref name="uri"/>. The sample graph is off: loading it is the host's business, and with
    /// no store to load it into the host would not start.
    /// </summary>
    private static GraphServerFactory OnNeo4j(Uri uri, TimeSpan? connectionTimeout = null) => new()
    {
        LoadSampleGraph = false,
        Settings =
        {
            ["Graph:Store"] = "Neo4j",
            ["Graph:Neo4j:Uri"] = uri.ToString(),
            ["Graph:Neo4j:ConnectionTimeout"] = (connectionTimeout ?? ConnectionTimeout).ToString(),
        },
    };

    /// <summary>Runs <paramref name="test"/> against a server that accepts connections and never sends a byte in answer.</summary>
    private static async Task SilentServerAsync(Func<Uri, Task> test)
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var held = new List<TcpClient>();
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                held.Add(await silent.AcceptTcpClientAsync(stop.Token));
            }
        });
        try
        {
            await test(new Uri($"bolt://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}"));
        }
        finally
        {
            await stop.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => accepting);
            held.ForEach(c => c.Dispose());
        }
    }

    /// <summary>A bolt:// URI on a loopback port where nothing listens, so every connection attempt is refused.</summary>
    private static Uri NothingListening()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"bolt://127.0.0.1:{port}");
    }
}
