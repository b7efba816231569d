using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Connections;

/// <summary>Opens connections to the store's file and applies the per-connection settings.</summary>
internal sealed class SqliteConnections
{
    private const int KibibytesPerMebibyte = 1024;

    private const string Fixed = "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;";

    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly string _readerPragmas;
    private readonly string _writerPragmas;

    public SqliteConnections(SqliteGraphStoreOptions options)
    {
        DatabasePath = Path.GetFullPath(options.DatabasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            // The store keeps its own reader pool and one writer; the provider's pool would keep files open after disposal.
            Pooling = false,
            // Microsoft.Data.Sqlite retries SQLITE_BUSY until the command timeout, on top of busy_timeout below; 0 would mean
            // retry forever, so it is at least a second.
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        }.ToString();

        var busyMilliseconds = (long)options.BusyTimeout.TotalMilliseconds;
        var cacheKibibytes = (long)options.CacheSizeMegabytes * KibibytesPerMebibyte;
        var bulkKibibytes = (long)options.BulkCacheSizeMegabytes * KibibytesPerMebibyte;
        var writerKibibytes = (long)options.WriterCacheSizeMegabytes * KibibytesPerMebibyte;
        var mmapBytes = (long)options.MmapSizeMegabytes * KibibytesPerMebibyte * KibibytesPerMebibyte;
        WriterCacheKibibytes = (Math.Max(writerKibibytes, bulkKibibytes), writerKibibytes);
        // Negative cache_size is in KiB rather than pages. synchronous=NORMAL is durable in WAL mode except for the last
        // commits before a power loss, and avoids an fsync per transaction.
        _pragmas = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {busyMilliseconds}; PRAGMA cache_size = -{cacheKibibytes}; PRAGMA mmap_size = {mmapBytes}; PRAGMA foreign_keys = ON; {Fixed}");
        // query_only makes a stray write through a read connection fail instead of racing the single writer.
        _readerPragmas = _pragmas + " PRAGMA query_only = ON;";
        // The writer's own cache size comes after the shared settings, so it replaces theirs.
        _writerPragmas = _pragmas + WriterPragmas + string.Create(CultureInfo.InvariantCulture, $" PRAGMA cache_size = -{writerKibibytes};");
    }

    public string DatabasePath { get; }

    /// <summary>The writer's page cache in KiB for a bulk batch and for any other, as <c>PRAGMA cache_size</c> values.</summary>
    public (long Bulk, long Normal) WriterCacheKibibytes { get; private init; }

    // The writer checkpoints the WAL into the database file every WriterCheckpointPages pages rather than SQLite's default
    // 1,000: each checkpoint copies and fsyncs, and at the default one came every few ingested documents (it was 39% of an
    // ingestion's upsert time). journal_size_limit trims the WAL file back after a checkpoint, so the file stays bounded.
    private const string WriterPragmas = " PRAGMA wal_autocheckpoint = 10000; PRAGMA journal_size_limit = 67108864;";

    public Task<SqliteConnection> OpenWriterAsync(CancellationToken cancellationToken) =>
        OpenAsync(_writerPragmas, cancellationToken);

    public Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken) =>
        OpenAsync(_readerPragmas, cancellationToken);

    private async Task<SqliteConnection> OpenAsync(string pragmas, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
