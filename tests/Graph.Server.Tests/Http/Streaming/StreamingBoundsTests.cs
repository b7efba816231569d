using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Graph.GraphQL.Security;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Http.Streaming;

/// <summary>The bounds of live updates: connections overall, idle sockets, and subscribers that fall behind.</summary>
[Collection(StreamingServers.Collection)]
public sealed class StreamingBoundsTests(StreamingServers servers)
{
    private ServerProcess Tight => servers.Tight;

    [Fact]
    public async Task Streaming_connections_past_the_limit_are_refused_with_429()
    {
        await using var first = await ReadyWhenFreeAsync();

        // A running operation keeps the socket from counting as idle while the others try.
        await first.SubscribeAsync("keep", "subscription { documentIngested { alreadyIngested } }");
        var refused = await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => TransportWebSocket.ConnectAsync(Tight.BaseAddress));
        Assert.Contains("429", refused.Message, StringComparison.Ordinal);

        // Server-Sent Events share the same slots.
        using var client = Tight.CreateClient();
        using var request = SseRequest("subscription { documentIngested { alreadyIngested } }");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("LIMIT_EXCEEDED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_idle_socket_is_closed()
    {
        await using var socket = await ReadyWhenFreeAsync();
        Assert.Equal(1008, await socket.ClosedAsync());
        Assert.Contains("Idle", socket.CloseDescription, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subscriber_that_falls_behind_is_ended_with_LIMIT_EXCEEDED_instead_of_buffered_for()
    {
        await using var socket = await ReadyWhenFreeAsync();
        await socket.SubscribeAsync("figures", "subscription { observationAdded { value } }");
        await Task.Delay(500);

        // One document with many figures raises them all at once; the buffer holds 2.
        using var writer = Tight.CreateClient(GraphRole.Writer);
        await writer.QueryAsync(
            "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { observationsFound } }",
            new { input = new { title = $"many-figures-{Guid.NewGuid():N}", text = SyntheticNewsletter.Create(articles: 20, seed: Environment.TickCount) } });

        string? type;
        var nexts = 0;
        do
        {
            var message = await socket.ReceiveAsync();
            type = message?["type"]?.GetValue<string>();
            if (type == "next")
            {
                nexts++;
            }
            else if (type == "error")
            {
                Assert.Equal("LIMIT_EXCEEDED", message!["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
            }
        }
        while (type == "next");

        Assert.Equal("error", type);
        Assert.True(nexts <= 4, $"{nexts} events arrived before the end; the buffers hold 2 each.");
    }

    private static HttpRequestMessage SseRequest(string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return request;
    }

    /// <summary>A ready socket; the service has one streaming slot, which a socket a test just closed frees a moment later.</summary>
    private async Task<TransportWebSocket> ReadyWhenFreeAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await TransportWebSocket.ReadyAsync(Tight.BaseAddress);
            }
            catch (System.Net.WebSockets.WebSocketException) when (attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }
}
