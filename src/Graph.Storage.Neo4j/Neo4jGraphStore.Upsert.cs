using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Writing;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// The whole batch in one managed write transaction: it commits whole or not at all. Deadlocks and a connection lost
    /// mid-batch are retried from the start on another connection (the server rolls back a transaction whose connection
    /// went); the batch is all MERGE, so a rerun after a commit whose answer was lost changes nothing.
    /// </summary>
    public Task<UpsertResult> UpsertAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        Neo4jBatchRules.Validate(batch);
        cancellationToken.ThrowIfCancellationRequested();
        return GuardAsync(
            ct => _driver.ExecuteWriteAsync(
                (tx, token) => new BatchWriter(tx, Kept(batch), _options.WriteChunkSize, _clock.GetUtcNow()).RunAsync(token), ct),
            cancellationToken,
            write: true);
    }
}
