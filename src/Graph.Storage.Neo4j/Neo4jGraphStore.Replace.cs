using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Writing;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// The retraction of the earlier versions and the new batch in one managed write transaction, so a failure in either
    /// leaves the earlier version whole. A retry reruns both from the start; a rerun after a commit whose answer was lost
    /// finds no earlier version and the batch already written, and changes nothing (it then reports none replaced).
    /// </summary>
    public Task<UpsertResult> ReplaceDocumentAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        Neo4jBatchRules.Validate(batch);
        cancellationToken.ThrowIfCancellationRequested();
        return GuardAsync(
            ct => _driver.ExecuteWriteAsync(
                async (tx, token) =>
                {
                    var replaced = await new DocumentRetraction(tx)
                        .RetractEarlierVersionsAsync(batch.Document, batch.Entities.Select(e => e.Id), token)
                        .ConfigureAwait(false);
                    var result = await new BatchWriter(tx, Kept(batch), _options.WriteChunkSize, _clock.GetUtcNow()).RunAsync(token).ConfigureAwait(false);
                    return result with { DocumentsReplaced = replaced };
                },
                ct),
            cancellationToken,
            write: true);
    }
}
