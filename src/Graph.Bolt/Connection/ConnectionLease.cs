namespace Graph.Bolt.Connection;

/// <summary>A connection borrowed from a pool for one unit of work; disposing gives it back.</summary>
internal sealed class ConnectionLease : IAsyncDisposable
{
    private readonly ConnectionPool _pool;
    private readonly IConnectionProvider _provider;
    private int _released;

    public ConnectionLease(BoltConnection connection, ConnectionPool pool, IConnectionProvider provider, AccessMode mode, string? database)
    {
        Connection = connection;
        _pool = pool;
        _provider = provider;
        Mode = mode;
        Database = database;
    }

    public BoltConnection Connection { get; }

    public AccessMode Mode { get; }

    public string? Database { get; }

    /// <summary>The exception to throw for a failure met on this connection (see <see cref="IConnectionProvider.OnFailure"/>).</summary>
    public Exception Fail(Exception exception) => _provider.OnFailure(this, exception);

    public ValueTask DisposeAsync() =>
        Interlocked.Exchange(ref _released, 1) == 0 ? _pool.ReleaseAsync(Connection) : ValueTask.CompletedTask;
}
