using Graph.Server.GraphQL.Subscriptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Server.Http.Streaming;

/// <summary>
/// WebSocket upgrades on <c>/graphql</c>: only the <c>graphql-transport-ws</c> subprotocol is spoken, and only while a
/// streaming connection slot is free (<see cref="SubscriptionOptions.MaxConnections"/>).
/// </summary>
internal sealed class GraphQLWebSocketEndpoint(StreamingConnections connections, IOptions<SubscriptionOptions> options)
{
    /// <summary>The subprotocol of enisdenjo/graphql-ws PROTOCOL.md.</summary>
    public const string Subprotocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(Subprotocol, StringComparer.Ordinal))
        {
            await RequestProblemWriter.WriteAsync(context, MediaTypes.Json, new RequestProblem(
                StatusCodes.Status400BadRequest, $"WebSocket clients must ask for the {Subprotocol} subprotocol.")).ConfigureAwait(false);
            return;
        }

        if (!connections.TryEnter())
        {
            await RequestProblemWriter.WriteAsync(context, MediaTypes.Json, ServerSentEventsTransport.TooManyConnections()).ConfigureAwait(false);
            return;
        }

        try
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
            {
                SubProtocol = Subprotocol,
                KeepAliveInterval = options.Value.KeepAliveInterval,
            }).ConfigureAwait(false);
            await using var session = ActivatorUtilities.CreateInstance<GraphQLWebSocketSession>(context.RequestServices, context, socket);
            await session.RunAsync().ConfigureAwait(false);
        }
        finally
        {
            connections.Exit();
        }
    }
}
