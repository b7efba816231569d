using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>
/// The one store contract every backend implements (embedded SQLite, Neo4j). All reads are batched: a caller that
/// needs N entities, or the relations of N entities, makes one call. Every method honours cancellation.
/// </summary>
public interface IGraphStore : IDocumentTextReader, IGraphCounts
{
    /// <summary>
    /// Creates the schema if needed. Idempotent; called once at start-up before any other method.
    /// </summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

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

    /// <summary>The entities with these IDs, in no particular order; unknown IDs are left out.</summary>
    Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityId> ids, CancellationToken cancellationToken = default);

    /// <summary>A page of entities of one kind.</summary>
    Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default);

    /// <summary>The relations of a batch of entities, at most <see cref="RelationQuery.FirstPerEntity"/> per entity.</summary>
    Task<IReadOnlyList<AnchoredRelation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default);

    /// <summary>The relations with these IDs; unknown IDs are left out.</summary>
    Task<IReadOnlyList<Relation>> GetRelationsByIdAsync(IReadOnlyCollection<RelationId> ids, CancellationToken cancellationToken = default);

    /// <summary>The k-hop neighborhood of an entity, bounded by a node limit. Empty when the center does not exist.</summary>
    Task<Neighborhood> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default);

    /// <summary>A shortest path (ignoring direction) within the length bound, or null when there is none.</summary>
    Task<GraphPath?> FindShortestPathAsync(PathQuery query, CancellationToken cancellationToken = default);

    /// <summary>A page of observations.</summary>
    Task<Page<Observation>> GetObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default);

    /// <summary>The observations with these IDs; unknown IDs are left out.</summary>
    Task<IReadOnlyList<Observation>> GetObservationsByIdAsync(
        IReadOnlyCollection<ObservationId> ids, CancellationToken cancellationToken = default);

    /// <summary>A page of entities whose name or an alias matches the text, best first.</summary>
    Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>The provenance of a batch of facts (entity, relation or observation IDs).</summary>
    Task<IReadOnlyList<Mention>> GetMentionsAsync(IReadOnlyCollection<string> targetIds, CancellationToken cancellationToken = default);

    /// <summary>The documents with these content hashes; unknown hashes are left out.</summary>
    Task<IReadOnlyList<DocumentInfo>> GetDocumentsAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default);

    /// <summary>Counts by kind and type.</summary>
    Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>Throws when the store cannot be reached or read.</summary>
    Task CheckHealthAsync(CancellationToken cancellationToken = default);

    /// <summary>Every entity, ordered by ID, streamed (for export).</summary>
    IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every relation, ordered by ID, streamed.</summary>
    IAsyncEnumerable<Relation> ReadAllRelationsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every observation, ordered by ID, streamed.</summary>
    IAsyncEnumerable<Observation> ReadAllObservationsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every mention, ordered by target ID, then document and offset, streamed.</summary>
    IAsyncEnumerable<Mention> ReadAllMentionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every document, ordered by hash, streamed.</summary>
    IAsyncEnumerable<DocumentInfo> ReadAllDocumentsAsync(CancellationToken cancellationToken = default);
}
