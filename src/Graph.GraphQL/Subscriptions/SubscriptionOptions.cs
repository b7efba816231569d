using System.ComponentModel.DataAnnotations;

namespace Graph.GraphQL.Subscriptions;

/// <summary>Bounds on live updates over WebSocket and Server-Sent Events (configuration section <c>Graph:Subscriptions</c>).</summary>
public sealed class SubscriptionOptions
{
    public const string SectionName = "Graph:Subscriptions";

    /// <summary>Streaming connections (WebSocket and Server-Sent Events together) open at once; more are refused with 429.</summary>
    [Range(1, 100_000)]
    public int MaxConnections { get; set; } = 200;

    /// <summary>Operations one WebSocket runs at once; one more is answered with an <c>error</c> message.</summary>
    [Range(1, 1_000)]
    public int MaxSubscriptionsPerConnection { get; set; } = 10;

    /// <summary>Events waiting for one subscriber; a subscriber that falls further behind is ended, never buffered without bound.</summary>
    [Range(1, 100_000)]
    public int BufferSize { get; set; } = 100;

    /// <summary>How long a WebSocket may take to send <c>connection_init</c> (graphql-transport-ws closes with 4408 past it).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A WebSocket with no operation running and no message from the client for this long is closed.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a quiet stream sends a keep-alive (a WebSocket ping frame, an SSE comment).</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);
}
