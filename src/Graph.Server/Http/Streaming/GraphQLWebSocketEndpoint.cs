using Graph.GraphQL;
using Graph.GraphQL.Subscriptions;
using Graph.Server.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Server.Http.Streaming;

/// <summary>
/// WebSocket upgrades on <c>/graphql</c>: only the <c>graphql-transport-ws</c> subprotocol is spoken, and only while a
/// streaming connection slot is free (<see cref="SubscriptionOptions.MaxConnections"/>). Browsers apply no CORS to
/// WebSockets (RFC 6455 section 10.2 leaves the Origin check to the server), so a page of another origin than the
/// service's own or those of <c>Graph:Cors:Origins</c> is refused here; clients outside a browser send no Origin.
/// </summary>
internal sealed class GraphQLWebSocketEndpoint(StreamingConnections connections, IOptions<SubscriptionOptions> options, IConfiguration configuration)
{
    private readonly HashSet<string> _origins = new(
        configuration.GetSection(CorsOptions.SectionName).Get<CorsOptions>()?.Origins ?? [], StringComparer.OrdinalIgnoreCase);

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

        if (context.Request.Headers.Origin.ToString() is { Length: > 0 } origin && !IsAllowed(origin, context.Request))
        {
            await RequestProblemWriter.WriteAsync(context, MediaTypes.Json, new RequestProblem(
                StatusCodes.Status403Forbidden, $"WebSocket connections from pages of {origin} are not allowed (Graph:Cors:Origins).", ErrorCodes.Forbidden))
                .ConfigureAwait(false);
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

    private bool IsAllowed(string origin, HttpRequest request) =>
        _origins.Contains(origin) || string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
}
