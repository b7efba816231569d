using System.Collections.Concurrent;

namespace Graph.Bolt.Connection;

/// <summary>One pool per server address, created on first use.</summary>
internal sealed class PoolRegistry : IAsyncDisposable
{
    private readonly ConcurrentDictionary<ServerAddress, ConnectionPool> _pools = new();
    private readonly PoolSettings _settings;
    private readonly ConnectionSettings _connection;

    public PoolRegistry(PoolSettings settings, ConnectionSettings connection)
    {
        _settings = settings;
        _connection = connection;
    }

    public ConnectionPool Get(ServerAddress address) =>
        _pools.GetOrAdd(address, a => new ConnectionPool(a, _settings, Open, _connection.Clock));

    public IReadOnlyCollection<ConnectionPool> All => (IReadOnlyCollection<ConnectionPool>)_pools.Values;

    public async ValueTask DisposeAsync()
    {
        foreach (var pool in _pools.Values)
        {
            await pool.DisposeAsync().ConfigureAwait(false);
        }
    }

    private Task<BoltConnection> Open(ServerAddress address, CancellationToken cancellationToken) =>
        BoltConnection.OpenAsync(address, _connection, cancellationToken);
}
