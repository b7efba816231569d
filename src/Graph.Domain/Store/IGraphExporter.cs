using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>The whole graph, streamed in a stable order (for export and for checksums).</summary>
public interface IGraphExporter
{
    /// <summary>Every entity, ordered by ID.</summary>
    IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every relation, ordered by ID.</summary>
    IAsyncEnumerable<Relation> ReadAllRelationsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every observation, ordered by ID.</summary>
    IAsyncEnumerable<Observation> ReadAllObservationsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every mention, ordered by target ID, then document and offset.</summary>
    IAsyncEnumerable<Mention> ReadAllMentionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every document, ordered by hash.</summary>
    IAsyncEnumerable<DocumentInfo> ReadAllDocumentsAsync(CancellationToken cancellationToken = default);
}
