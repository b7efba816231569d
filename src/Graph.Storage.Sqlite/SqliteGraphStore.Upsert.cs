using Graph.Domain.Model;
using Graph.Domain.Store;
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
            var setWiseChecksOnly = bulk || !replaceEarlierVersions;
            if (setWiseChecksOnly)
            {
                var cache = bulk ? _connections.WriterCacheKibibytes.Bulk : _connections.WriterCacheKibibytes.Normal;
                await SetWriterModeAsync(writer, cache, foreignKeys: false).ConfigureAwait(false);
            }

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
                if (setWiseChecksOnly)
                {
                    // Shrinking the cache gives its pages back, so a bulk load leaves no lasting footprint on the service.
                    await SetWriterModeAsync(writer, _connections.WriterCacheKibibytes.Normal, foreignKeys: true).ConfigureAwait(false);
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
    /// transaction (foreign_keys is a no-op inside one) and restored after COMMIT or ROLLBACK.
    /// </summary>
    private static async Task SetWriterModeAsync(SqliteConnection writer, long cacheKibibytes, bool foreignKeys)
    {
        await using var command = writer.CreateCommand();
        command.CommandText = SqlCatalog.WriterMode(cacheKibibytes, foreignKeys);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private SqliteConnection RequireWriter()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _writer ?? throw ThrowHelper.NotInitialized();
    }
}
