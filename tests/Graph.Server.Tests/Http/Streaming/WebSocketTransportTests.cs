using System.Net;
using System.Net.WebSockets;
using Graph.GraphQL.Security;
using Graph.Server.Security;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Http.Streaming;

/// <summary>graphql-transport-ws on a real socket: the protocol's fault paths and the bounds (enisdenjo/graphql-ws, PROTOCOL.md).</summary>
[Collection(StreamingServers.Collection)]
public sealed class WebSocketTransportTests(StreamingServers servers)
{
    private const string Documents = "subscription { documentIngested { document { title } } }";

    private Uri Live => servers.Live.BaseAddress;

    [Fact]
    public async Task A_message_that_is_not_JSON_closes_with_4400()
    {
        await using var socket = await TransportWebSocket.ConnectAsync(Live);
        await socket.SendTextAsync("{not json");
        Assert.Equal(4400, await socket.ClosedAsync());
    }

    [Fact]
    public async Task A_message_of_an_unknown_type_closes_with_4400()
    {
        await using var socket = await TransportWebSocket.ReadyAsync(Live);
        await socket.SendAsync(new { type = "start", id = "1" });
        Assert.Equal(4400, await socket.ClosedAsync());
        Assert.Contains("start", socket.CloseDescription, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subscribe_without_an_id_closes_with_4400()
    {
        await using var socket = await TransportWebSocket.ReadyAsync(Live);
        await socket.SendAsync(new { type = "subscribe", payload = new { query = Documents } });
        Assert.Equal(4400, await socket.ClosedAsync());
    }

    [Fact]
    public async Task A_subscribe_before_the_acknowledgement_closes_with_4401()
    {
        await using var socket = await TransportWebSocket.ConnectAsync(Live);
        await socket.SubscribeAsync("1", Documents);
        Assert.Equal(4401, await socket.ClosedAsync());
    }

    [Fact]
    public async Task A_key_that_does_not_validate_closes_with_4403()
    {
        await using var socket = await TransportWebSocket.ConnectAsync(Live);
        await socket.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["X-Api-Key"] = "not-a-key" } });
        Assert.Equal(4403, await socket.ClosedAsync());
    }

    [Fact]
    public async Task No_connection_init_in_time_closes_with_4408()
    {
        await using var socket = await TransportWebSocket.ConnectAsync(Live);
        Assert.Equal(4408, await socket.ClosedAsync());
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var socket = await TransportWebSocket.ReadyAsync(Live);
        await socket.SendAsync(new { type = "connection_init" });
        Assert.Equal(4429, await socket.ClosedAsync());
    }

    [Fact]
    public async Task A_subscribe_with_the_id_of_a_running_operation_closes_with_4409()
    {
        await using var socket = await TransportWebSocket.ReadyAsync(Live);
        await socket.SubscribeAsync("same", Documents);
        await socket.SubscribeAsync("same", Documents);
        Assert.Equal(4409, await socket.ClosedAsync());
    }

    [Fact]
    public async Task Ping_is_answered_with_pong()
    {
        await using var socket = await TransportWebSocket.ReadyAsync(Live);
        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await socket.ReceiveAsync())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_operation_past_the_per_connection_limit_gets_an_error_and_the_others_keep_running()
    {
        await using var socket = await TransportWebSocket.ReadyAsync(Live);
        await socket.SubscribeAsync("a", Documents);
        await socket.SubscribeAsync("b", Documents);
        await socket.SubscribeAsync("c", Documents);
        var refused = await socket.ReceiveAsync();
        Assert.Equal("error", refused!["type"]!.GetValue<string>());
        Assert.Equal("c", refused["id"]!.GetValue<string>());
        Assert.Equal("LIMIT_EXCEEDED", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());

        // "a" and "b" still run: one completed frees a place for "c".
        await socket.SendAsync(new { type = "complete", id = "a" });
        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await socket.ReceiveAsync())!["type"]!.GetValue<string>());
        await socket.SubscribeAsync("c", "{ __typename }");
        var next = await socket.ReceiveAsync();
        Assert.Equal("next", next!["type"]!.GetValue<string>());
        Assert.Equal("c", next["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invalid_subscription_gets_an_error_message_with_the_validation_errors()
    {
        await using var socket = await TransportWebSocket.ReadyAsync(Live);
        await socket.SubscribeAsync("1", "subscription { noSuchField }");
        var error = await socket.ReceiveAsync();
        Assert.Equal("error", error!["type"]!.GetValue<string>());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_ids_for_entityChanged_are_an_error_not_a_silent_stream()
    {
        await using var socket = await TransportWebSocket.ReadyAsync(Live);
        await socket.SubscribeAsync("1", "subscription { entityChanged(ids: [\"not-an-id\"]) { kind } }");
        var error = await socket.ReceiveAsync();
        Assert.Contains(error!["type"]!.GetValue<string>(), new[] { "error", "next" });
        Assert.Equal("BAD_USER_INPUT", error["payload"]!["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>()
            ?? error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_mutation_needs_the_writer_role_on_a_WebSocket_too()
    {
        await using var socket = await TransportWebSocket.ReadyAsync(Live);
        await socket.SubscribeAsync("1", "mutation { ingestDocument(input: { title: \"t\", text: \"x\" }) { alreadyIngested } }");
        var error = await socket.ReceiveAsync();
        Assert.Equal("error", error!["type"]!.GetValue<string>());
        Assert.Equal("UNAUTHENTICATED", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_subscription_outlives_the_request_deadline_and_hears_of_a_commit()
    {
        await using var socket = await TransportWebSocket.ReadyAsync(Live);
        await socket.SubscribeAsync("1", Documents);

        // The deadline of a request is 2 s on this service; the subscription must still be there after it.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var title = $"deadline-{Guid.NewGuid():N}";
        using var writer = servers.Live.CreateClient(GraphRole.Writer);
        await writer.QueryAsync(
            "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { alreadyIngested } }",
            new { input = new { title, text = "今年 1-3 月，沈阳市软件业务收入 321 亿元，同比增长 7.5%。" } });
        var next = await socket.ReceiveAsync();
        Assert.Equal("next", next!["type"]!.GetValue<string>());
        Assert.Equal(title, next["payload"]!["data"]!["documentIngested"]!["document"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_tour_subscription_delivers_the_figures_of_an_ingested_document()
    {
        await using var socket = await TransportWebSocket.ReadyAsync(Live);
        await socket.SubscribeAsync("figures", TourQueries.LiveFigures);
        await Task.Delay(500);
        var title = $"tour-{Guid.NewGuid():N}";
        using var writer = servers.Live.CreateClient(GraphRole.Writer);
        await writer.QueryAsync(
            "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { alreadyIngested } }",
            new { input = new { title, text = "今年 1-3 月，沈阳市软件业务收入 456 亿元，同比增长 6.5%。", publishedAt = "2025-04-20" } });
        var next = await socket.ReceiveAsync();
        Assert.Equal("next", next!["type"]!.GetValue<string>());
        var figure = next["payload"]!["data"]!["observationAdded"]!;
        Assert.Equal("亿元", figure["unit"]!.GetValue<string>());
        Assert.Equal(456, figure["value"]!.GetValue<double>());

        // The evidence is read from the store when the event is resolved: the batch is committed by then.
        Assert.NotEmpty(figure["evidence"]![0]!["article"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task After_complete_no_more_events_are_sent_for_that_id()
    {
        await using var socket = await TransportWebSocket.ReadyAsync(Live);
        await socket.SubscribeAsync("1", Documents);
        await socket.SendAsync(new { type = "complete", id = "1" });
        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await socket.ReceiveAsync())!["type"]!.GetValue<string>());
        using var writer = servers.Live.CreateClient(GraphRole.Writer);
        await writer.QueryAsync(
            "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { alreadyIngested } }",
            new { input = new { title = $"after-complete-{Guid.NewGuid():N}", text = "今年 1-3 月，沈阳市软件业务收入 123 亿元。" } });
        Assert.True(await socket.StaysQuietAsync(TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task A_page_of_another_origin_cannot_open_a_WebSocket_but_the_service_own_pages_can()
    {
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => TransportWebSocket.ConnectAsync(Live, origin: "https://pages.example"));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);

        await using var own = await TransportWebSocket.ConnectAsync(Live, origin: Live.GetLeftPart(UriPartial.Authority));
        await own.SendAsync(new { type = "connection_init" });
        Assert.Equal("connection_ack", (await own.ReceiveAsync())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_the_subprotocol_the_upgrade_is_refused()
    {
        var error = await Assert.ThrowsAsync<WebSocketException>(() => TransportWebSocket.ConnectAsync(Live, subprotocol: "graphql-ws"));
        Assert.Contains("400", error.Message, StringComparison.Ordinal);
    }
}
