using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>
/// The reads of a store. All are batched: a caller that needs N entities, or the relations of N entities, makes one call.
/// Traversals (neighborhoods, paths) are algorithms over these reads, in Graph.Analytics; a level is one
/// <see cref="GetStepsAsync"/> call. Each paged read has its exact count (Relay's <c>totalCount</c>), read from the indexes
/// the page read uses.
/// </summary>
public interface IGraphReader
{
    /// <summary>The entities with these IDs, in no particular order; unknown IDs are left out.</summary>
    Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityId> ids, CancellationToken cancellationToken = default);

    /// <summary>A page of entities of one kind.</summary>
    Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many entities <see cref="ListEntitiesAsync"/> pages through for this query (its paging fields are ignored).</summary>
    Task<long> CountEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The relations of a batch of entities, at most <see cref="RelationQuery.FirstPerEntity"/> per entity: the first ones, or
    /// from the end (<see cref="RelationQuery.FromEnd"/>) the last ones, last first.
    /// </summary>
    Task<IReadOnlyList<AnchoredRelation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// How many relations <see cref="GetRelationsAsync"/> pages through for each anchor (a self-loop counts once for
    /// <see cref="RelationDirection.Both"/>; its paging fields are ignored); every anchor is in the answer, with 0 when it
    /// has none or does not exist.
    /// </summary>
    Task<IReadOnlyDictionary<EntityId, long>> CountRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default);

    /// <summary>The relations with these IDs; unknown IDs are left out.</summary>
    Task<IReadOnlyList<Relation>> GetRelationsByIdAsync(IReadOnlyCollection<RelationId> ids, CancellationToken cancellationToken = default);

    /// <summary>One traversal level: the relations touching a frontier, as steps, without reading the relations.</summary>
    Task<StepSet> GetStepsAsync(StepQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every relation (of these types; null or empty for all) whose both ends are among the entities, ordered by ID.</summary>
    Task<IReadOnlyList<Relation>> GetRelationsAmongAsync(
        IReadOnlyCollection<EntityId> entityIds, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken = default);

    /// <summary>A page of observations.</summary>
    Task<Page<Observation>> GetObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many observations <see cref="GetObservationsAsync"/> pages through for this query (its cursor is ignored).</summary>
    Task<long> CountObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default);

    /// <summary>The observations with these IDs; unknown IDs are left out.</summary>
    Task<IReadOnlyList<Observation>> GetObservationsByIdAsync(IReadOnlyCollection<ObservationId> ids, CancellationToken cancellationToken = default);

    /// <summary>A page of entities whose name or an alias matches the text, best first.</summary>
    Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many hits <see cref="SearchAsync"/> pages through for this query (its paging fields are ignored).</summary>
    Task<long> CountSearchHitsAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>The provenance of a batch of facts (entity, relation or observation IDs).</summary>
    Task<IReadOnlyList<Mention>> GetMentionsAsync(IReadOnlyCollection<string> targetIds, CancellationToken cancellationToken = default);

    /// <summary>The documents with these content hashes; unknown hashes are left out.</summary>
    Task<IReadOnlyList<DocumentInfo>> GetDocumentsAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default);

    /// <summary>Counts by kind and type.</summary>
    Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);
}
