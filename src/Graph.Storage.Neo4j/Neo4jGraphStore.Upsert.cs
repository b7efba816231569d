using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Writing;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    /// <summary>The whole batch in one managed write transaction: it commits whole or not at all, and deadlocks are retried.</summary>
    public Task<UpsertResult> UpsertAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        BatchShape.Validate(batch);
        cancellationToken.ThrowIfCancellationRequested();
        RequireInitialized();
        return _driver.ExecuteWriteAsync(
            (tx, ct) => new BatchWriter(tx, batch, _options.WriteChunkSize, _clock.GetUtcNow()).RunAsync(ct), cancellationToken);
    }
}
