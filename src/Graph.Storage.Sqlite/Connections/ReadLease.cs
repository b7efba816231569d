using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Connections;

/// <summary>A read connection borrowed from the pool; disposing it gives the connection back.</summary>
internal readonly struct ReadLease : IDisposable
{
    private readonly ReadConnectionPool _pool;

    public ReadLease(ReadConnectionPool pool, SqliteConnection connection)
    {
        _pool = pool;
        Connection = connection;
    }

    public SqliteConnection Connection { get; }

    public void Dispose() => _pool.Return(Connection);
}
