using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>The writes of a store: one document's batch per transaction.</summary>
public interface IGraphWriter
{
    /// <summary>
    /// Writes a document's batch in one transaction: entities are merged by ID (aliases unioned, missing fields filled),
    /// relations, observations and mentions are inserted if absent. Either all of it commits or none of it.
    /// </summary>
    Task<UpsertResult> UpsertAsync(GraphBatch batch, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a document's batch in place of the earlier versions of the same document: stored documents with the same
    /// <see cref="DocumentInfo.Name"/> and another hash. In one transaction, their mentions, their articles and the
    /// observations those report are removed, then relations and entities no other document still supports (no
    /// mention, relation or observation left) unless the new batch holds them, then the batch is upserted. Facts another
    /// document states survive. The same text again changes nothing; a failure leaves the earlier version as it was.
    /// </summary>
    Task<UpsertResult> ReplaceDocumentAsync(GraphBatch batch, CancellationToken cancellationToken = default);
}
