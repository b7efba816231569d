using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    public async Task<UpsertResult> UpsertAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        BatchShape.Validate(batch);
        cancellationToken.ThrowIfCancellationRequested();
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var writer = RequireWriter();
            // BEGIN IMMEDIATE (the provider's default for a serializable transaction) takes the file's write lock up front,
            // so another process holding it makes us wait out busy_timeout here rather than fail half-way through.
            await using var transaction = (SqliteTransaction)await writer
                .BeginTransactionAsync(cancellationToken)
                .ConfigureAwait(false);
            var result = await new BatchUpsert(writer, transaction, batch, _clock).RunAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
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
