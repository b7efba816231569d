using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    public async Task<UpsertResult> ReplaceDocumentAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        BatchShape.Validate(batch);
        cancellationToken.ThrowIfCancellationRequested();
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var writer = RequireWriter();

            // One transaction for the retraction and the new version: a failure in either leaves the old version whole.
            await using var transaction = (SqliteTransaction)await writer.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var replaced = await new DocumentRetraction(writer, transaction)
                .RetractEarlierVersionsAsync(batch.Document, batch.Entities.Select(e => e.Id), cancellationToken)
                .ConfigureAwait(false);
            var result = await new BatchUpsert(writer, transaction, batch, _clock).RunAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result with { DocumentsReplaced = replaced };
        }
        finally
        {
            _writeGate.Release();
        }
    }
}
