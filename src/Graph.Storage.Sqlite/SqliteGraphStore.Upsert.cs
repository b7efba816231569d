using System.Globalization;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Connections;
using Graph.Storage.Sqlite.Sql;
using Graph.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    public Task<UpsertResult> UpsertAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        WriteAsync(batch, replaceEarlierVersions: false, cancellationToken);

    public Task<UpsertResult> ReplaceDocumentAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        WriteAsync(batch, replaceEarlierVersions: true, cancellationToken);

    /// <summary>
    /// One write transaction under the writer gate: optionally the retraction of the document's earlier versions, then the
    /// upsert, so a failure in either leaves the store as it was.
    /// </summary>
    private async Task<UpsertResult> WriteAsync(GraphBatch batch, bool replaceEarlierVersions, CancellationToken cancellationToken)
    {
        BatchRules.Validate(batch);
        cancellationToken.ThrowIfCancellationRequested();
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var writer = RequireWriter();
            var bulk = Rows(batch) > _bulkBatchRows;
            // BatchUpsert checks every reference of the batch set-wise before it writes a row, so SQLite's per-row foreign-key
            // look-ups (two per mention and per relation, three per figure: most of a document's index reads) only repeat that
            // check. A plain upsert deletes nothing and runs without them; a replacement keeps them (its retraction deletes
            // rows) unless it is a bulk batch, which also gets a larger page cache.
            var foreignKeys = replaceEarlierVersions && !bulk;
            var cache = bulk ? _connections.WriterCacheKibibytes.Bulk : _connections.WriterCacheKibibytes.Normal;
            await SetWriterModeAsync(writer, new WriterMode(cache, foreignKeys)).ConfigureAwait(false);
            try
            {
                // BEGIN IMMEDIATE (the provider's default for a serializable transaction) takes the file's write lock up front,
                // so another process holding it makes us wait out busy_timeout here rather than fail half-way through.
                await using var transaction = (SqliteTransaction)await writer
                    .BeginTransactionAsync(cancellationToken)
                    .ConfigureAwait(false);
                var replaced = replaceEarlierVersions
                    ? await new DocumentRetraction(writer, transaction)
                        .RetractEarlierVersionsAsync(batch.Document, batch.Entities.Select(e => e.Id), cancellationToken)
                        .ConfigureAwait(false)
                    : 0;
                var kept = _keepText ? batch : batch with { DocumentText = null };
                var result = await new BatchUpsert(writer, transaction, kept, _clock, bulk).RunAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result with { DocumentsReplaced = replaced };
            }
            finally
            {
                if (bulk)
                {
                    // Shrinking the cache gives its pages back, so a bulk load leaves no lasting footprint on the service.
                    var normal = new WriterMode(_connections.WriterCacheKibibytes.Normal, foreignKeys);
                    await SetWriterModeAsync(writer, normal).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static long Rows(GraphBatch batch) =>
        (long)batch.Entities.Count + batch.Relations.Count + batch.Observations.Count + batch.Mentions.Count;

    /// <summary>
    /// The writer's page cache and foreign-key look-ups for its next transaction: connection settings, changed outside the
    /// transaction (foreign_keys is a no-op inside one). Only the writer's transactions depend on them and each sets the mode
    /// it needs first, so a mode stays until a transaction needs another: a run of plain upserts issues no PRAGMA at all
    /// (setting foreign_keys also expires every statement prepared on the connection).
    /// </summary>
    private async Task SetWriterModeAsync(SqliteConnection writer, WriterMode mode)
    {
        if (_writerMode == mode)
        {
            return;
        }

        // Unknown until the PRAGMAs have run: a failure half-way leaves the next transaction to set both again.
        _writerMode = null;
        await using var command = writer.CreateCommand();
        command.CommandText = SqlCatalog.WriterMode(mode.CacheKibibytes, mode.ForeignKeys);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        _writerMode = mode;
    }

    /// <summary>
    /// The writer's page cache and foreign-key checks as SQLite reports them, read between transactions. For tests: the writer
    /// itself never asks, it remembers the mode it last set.
    /// </summary>
    internal async Task<WriterMode> ReadWriterModeAsync(CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var writer = RequireWriter();
            await using var command = writer.CreateCommand();
            command.CommandText = "PRAGMA cache_size;";
            var cache = Convert.ToInt64(
                await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            command.CommandText = "PRAGMA foreign_keys;";
            var foreignKeys = Convert.ToInt64(
                await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            return new WriterMode(-cache, foreignKeys == 1);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private SqliteConnection RequireWriter()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _writer ?? throw ThrowHelper.NotInitialized();
    }
}
