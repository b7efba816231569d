using Graph.Domain.Identity;

namespace Graph.Domain.Store;

/// <summary>
/// Exact counts of what a list or a search pages through (Relay's <c>totalCount</c>), read from the indexes the page read
/// uses; the paging fields of the query (first, cursors) are ignored.
/// </summary>
public interface IGraphCounts
{
    /// <summary>How many entities <see cref="IGraphStore.ListEntitiesAsync"/> pages through for this query.</summary>
    Task<long> CountEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many hits <see cref="IGraphStore.SearchAsync"/> pages through for this query.</summary>
    Task<long> CountSearchHitsAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// How many relations <see cref="IGraphStore.GetRelationsAsync"/> pages through for each anchor (a self-loop counts once
    /// for <see cref="Model.RelationDirection.Both"/>); every anchor is in the answer, with 0 when it has none or does not exist.
    /// </summary>
    Task<IReadOnlyDictionary<EntityId, long>> CountRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many observations <see cref="IGraphStore.GetObservationsAsync"/> pages through for this query.</summary>
    Task<long> CountObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default);
}
