using Graph.GraphQL.Security;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Http.Streaming;

/// <summary>
/// Two services on Kestrel for the streaming transports: one with short protocol timeouts and few operations per socket
/// (a request deadline of 2 s that subscriptions must outlive), and one with room for a single streaming connection and
/// tiny buffers, for the bounds.
/// </summary>
public sealed class StreamingServers : IAsyncLifetime
{
    public const string Collection = "streaming services";

    private static readonly Dictionary<string, string> Unlimited = new()
    {
        ["Graph:RateLimit:MutationsPerMinute"] = "0",
        ["Graph:RateLimit:ExpensiveQueriesPerMinute"] = "0",
    };

    public ServerProcess Live { get; } = new()
    {
        Settings = new(Unlimited)
        {
            ["Graph:Subscriptions:ConnectionInitTimeout"] = "00:00:01",
            ["Graph:Subscriptions:MaxSubscriptionsPerConnection"] = "2",
            ["Graph:Limits:TimeoutSeconds"] = "2",
        },
    };

    public ServerProcess Tight { get; } = new()
    {
        Settings = new(Unlimited)
        {
            ["Graph:Subscriptions:MaxConnections"] = "1",
            ["Graph:Subscriptions:BufferSize"] = "2",
            ["Graph:Subscriptions:IdleTimeout"] = "00:00:01",
        },
    };

    public async Task InitializeAsync()
    {
        await Task.WhenAll(Live.InitializeAsync(), Tight.InitializeAsync());
        await Task.WhenAll(WarmUpAsync(Live), WarmUpAsync(Tight));
    }

    /// <summary>
    /// Runs a query, a mutation and a subscription once: the first of each compiles its path, which on a loaded
    /// machine (and with tiered compilation off) can take longer than the 2 s deadline one service has.
    /// </summary>
    private static async Task WarmUpAsync(ServerProcess server)
    {
        using var client = server.CreateClient();
        await client.WarmUpAsync();
        using var writer = server.CreateClient(Graph.GraphQL.Security.GraphRole.Writer);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var (status, _) = await writer.PostGraphQLAsync(
                "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { alreadyIngested } }",
                new { input = new { title = $"warm-up-{attempt}", text = "今年 1-3 月，沈阳市软件业务收入 100 亿元，同比增长 5%。" } });
            if (status == System.Net.HttpStatusCode.OK)
            {
                break;
            }
        }

        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                await using var socket = await TransportWebSocket.ReadyAsync(server.BaseAddress);
                await socket.SubscribeAsync("warm", "subscription { documentIngested { alreadyIngested } }");
                await socket.SubscribeAsync("query", "{ __typename }");
                if ((await socket.ReceiveAsync())?["type"]?.GetValue<string>() == "next")
                {
                    return;
                }
            }
            catch (System.Net.WebSockets.WebSocketException)
            {
                // The single slot of the bounds service is still held by the previous attempt.
                await Task.Delay(200);
            }
        }
    }

    public Task DisposeAsync() => Task.WhenAll(Live.DisposeAsync(), Tight.DisposeAsync());
}

/// <summary>The streaming tests share the two services and run one at a time (the bounds service has a single slot).</summary>
[CollectionDefinition(StreamingServers.Collection)]
public sealed class StreamingServersCollection : ICollectionFixture<StreamingServers>;
