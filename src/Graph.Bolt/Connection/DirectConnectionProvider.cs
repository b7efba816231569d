namespace Graph.Bolt.Connection;

/// <summary><c>bolt://</c>: every unit of work goes to the one server of the URI.</summary>
internal sealed class DirectConnectionProvider(ServerAddress address, PoolRegistry pools) : IConnectionProvider
{
    public async Task<ConnectionLease> AcquireAsync(
        AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var pool = pools.Get(address);
        var connection = await pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
        return new ConnectionLease(connection, pool, this, mode, database);
    }

    public Exception OnFailure(ConnectionLease lease, Exception exception) => exception;

    public ValueTask DisposeAsync() => pools.DisposeAsync();
}
