using Graph.Domain.Store;
using Graph.Storage.Sqlite.Connections;
using Graph.Storage.Sqlite.Schema;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, one writer connection used under a semaphore (SQLite allows a single
/// writer; queuing in-process is cheaper than spinning on SQLITE_BUSY), and a pool of read connections that run beside it.
/// </summary>
internal sealed partial class SqliteGraphStore : IGraphStore, IAsyncDisposable, IDisposable
{
    private readonly SqliteConnections _connections;
    private readonly ReadConnectionPool _readers;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly TimeProvider _clock;
    private readonly int _bulkBatchRows;
    private readonly bool _keepText;
    private SqliteConnection? _writer;
    private WriterMode? _writerMode;
    private volatile bool _initialized;
    private bool _disposed;

    public SqliteGraphStore(SqliteGraphStoreOptions options, TimeProvider? clock = null)
    {
        _connections = new SqliteConnections(options);
        _readers = new ReadConnectionPool(_connections, options.MaxIdleReadConnections);
        _clock = clock ?? TimeProvider.System;
        _bulkBatchRows = options.BulkBatchRows;
        _keepText = options.KeepText;
    }

    public string DatabasePath => _connections.DatabasePath;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_initialized)
            {
                return;
            }

            var directory = Path.GetDirectoryName(DatabasePath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            var writer = await _connections.OpenWriterAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await EnableWriteAheadLogAsync(writer, cancellationToken).ConfigureAwait(false);
                await SchemaMigrator.MigrateAsync(writer, cancellationToken).ConfigureAwait(false);
                await NameKeyBackfill.RunAsync(writer, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await writer.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            _writer = writer;
            _writerMode = new WriterMode(_connections.WriterCacheKibibytes.Normal, ForeignKeys: true);
            _initialized = true;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = SqlCatalog.Health;
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        // Waiting for the gate lets a batch in flight commit or roll back before its connection closes.
        await _writeGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _initialized = false;
            if (_writer is not null)
            {
                await _writer.DisposeAsync().ConfigureAwait(false);
                _writer = null;
            }

            await _readers.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async ValueTask<ReadLease> RentReaderAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!_initialized)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            throw ThrowHelper.NotInitialized();
        }

        return await _readers.RentAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task EnableWriteAheadLogAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = SqlCatalog.JournalModeWal;
        var mode = (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"SQLite refused write-ahead logging for {connection.DataSource} (journal mode '{mode}').");
        }
    }
}
