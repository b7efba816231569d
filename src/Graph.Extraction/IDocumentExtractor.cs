using Graph.Domain.Model;

namespace Graph.Extraction;

/// <summary>
/// Extracts the entities, relations, observations and mentions of one document. Implementations are stateless between calls,
/// thread-safe and meant to be used as a singleton. The same input always yields the same batch, in the same order.
/// </summary>
public interface IDocumentExtractor
{
    /// <exception cref="DocumentRejectedException">The text is empty or only white space.</exception>
    /// <exception cref="OperationCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled (an operation deadline, a client that went away, a CLI time budget);
    /// extraction writes nothing, so a cancelled document leaves no trace.
    /// </exception>
    GraphBatch Extract(SourceDocument document, CancellationToken cancellationToken = default);
}
