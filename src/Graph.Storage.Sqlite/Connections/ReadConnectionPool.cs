using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Connections;

/// <summary>
/// Read connections, reused. WAL lets any number of readers run beside the writer, so there is no cap on connections
/// in use; only the idle ones are bounded.
/// </summary>
internal sealed class ReadConnectionPool : IAsyncDisposable
{
    private readonly SqliteConnections _connections;
    private readonly int _maxIdle;
    private readonly ConcurrentBag<SqliteConnection> _idle = [];
    private int _idleCount;
    private volatile bool _disposed;

    public ReadConnectionPool(SqliteConnections connections, int maxIdle)
    {
        _connections = connections;
        _maxIdle = maxIdle;
    }

    public async ValueTask<ReadLease> RentAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryTake(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            return new ReadLease(this, idle);
        }

        var connection = await _connections.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        return new ReadLease(this, connection);
    }

    public void Return(SqliteConnection connection)
    {
        if (!_disposed && Interlocked.Increment(ref _idleCount) <= _maxIdle)
        {
            _idle.Add(connection);
            // A dispose that ran between the check and the add would miss this connection; close it here instead.
            if (!_disposed || !_idle.TryTake(out var late))
            {
                return;
            }

            late.Dispose();
            return;
        }

        Interlocked.Decrement(ref _idleCount);
        connection.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            Interlocked.Decrement(ref _idleCount);
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
