using Graph.GraphQL.Subscriptions;
using Microsoft.Extensions.Options;

namespace Graph.Server.Http.Streaming;

/// <summary>Counts open streaming connections (WebSocket and Server-Sent Events) against <see cref="SubscriptionOptions.MaxConnections"/>.</summary>
internal sealed class StreamingConnections(IOptions<SubscriptionOptions> options)
{
    private int _open;

    public int Open => Volatile.Read(ref _open);

    /// <summary>Takes a slot; false when every slot is taken.</summary>
    public bool TryEnter()
    {
        if (Interlocked.Increment(ref _open) <= options.Value.MaxConnections)
        {
            return true;
        }

        Interlocked.Decrement(ref _open);
        return false;
    }

    public void Exit() => Interlocked.Decrement(ref _open);
}
