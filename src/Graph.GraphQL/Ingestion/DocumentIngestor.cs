using Graph.Domain.Store;
using Graph.Extraction;
using Graph.GraphQL.Subscriptions;

namespace Graph.GraphQL.Ingestion;

/// <summary>Extracts a document and writes its batch in one store transaction. Shared by the mutation, the CLI and start-up.</summary>
public sealed class DocumentIngestor(IDocumentExtractor extractor, IGraphWriter store, IngestionGate gate, GraphChangeFeed changes)
{
    /// <summary>
    /// Ingests one document in place of any earlier version with the same name (a file ingested again after an edit,
    /// a mutation with the same title): the facts only the earlier version stated go, in the same transaction.
    /// Extraction runs before anything is written, so a document that fails to extract
    /// (<see cref="DocumentRejectedException"/>) leaves the store untouched. Extraction is CPU work with no awaits, so it
    /// runs on a thread-pool thread under the ingestion gate: the caller's deadline or abort ends the wait at once
    /// (<see cref="OperationCanceledException"/>), the extractor sees the same token and stops, and nothing is written
    /// once the token is cancelled. Once the store has committed, live subscriptions hear of it (<see cref="GraphChangeFeed"/>).
    /// </summary>
    public async Task<IngestionOutcome> IngestAsync(SourceDocument document, CancellationToken cancellationToken)
    {
        var batch = await gate.RunAsync(token => extractor.Extract(document, token), cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        var result = await store.ReplaceDocumentAsync(batch, cancellationToken).ConfigureAwait(false);
        var outcome = new IngestionOutcome(
            batch.Document, result, batch.Entities.Count, batch.Observations.Count, batch.Observations.Count(o => o.IsPeriodUnresolved));

        // Only now is the batch committed: subscribers never hear of facts a failed transaction did not keep.
        changes.Publish(new CommittedBatch(outcome, batch));
        return outcome;
    }
}
