using Graph.Domain.Store;
using Graph.GraphQL.Loading;
using GraphQL.DataLoader;

namespace Graph.GraphQL.Relay;

/// <summary>
/// The value behind a connection field: edges with opaque cursors, paging info, and for counted connections the function
/// that reads <c>totalCount</c> (called only when a client selects it).
/// </summary>
internal sealed record ConnectionPage<T>(IReadOnlyList<ConnectionEdge<T>> Edges, bool HasNextPage, bool HasPreviousPage)
{
    public string? StartCursor => Edges.Count == 0 ? null : Edges[0].Cursor;

    public string? EndCursor => Edges.Count == 0 ? null : Edges[^1].Cursor;

    public Func<CancellationToken, Task<long>>? Count { get; init; }

    /// <summary>For connections nested under lists: <c>totalCount</c> through a batch loader, one store call for all siblings.</summary>
    public Func<GraphLoaders, IDataLoaderResult<long>>? BatchedCount { get; init; }

    /// <summary>Wraps a store page, scoping each store cursor to <paramref name="scope"/>.</summary>
    public static ConnectionPage<T> From(Page<T> page, string scope, bool afterGiven) =>
        new(page.Items.Select(i => new ConnectionEdge<T>(Cursor.Encode(scope, i.Cursor), i.Node)).ToList(), page.HasNextPage, afterGiven);

    /// <summary>Wraps a store page whose <see cref="Page{T}.HasPreviousPage"/> the store decided.</summary>
    public static ConnectionPage<T> FromBothWays(Page<T> page, string scope, Func<CancellationToken, Task<long>>? count = null) =>
        new(page.Items.Select(i => new ConnectionEdge<T>(Cursor.Encode(scope, i.Cursor), i.Node)).ToList(), page.HasNextPage, page.HasPreviousPage)
        {
            Count = count,
        };
}
