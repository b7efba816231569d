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
}
