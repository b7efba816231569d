using Graph.Domain.Store;

namespace Graph.Server.GraphQL.Relay;

/// <summary>The value behind a connection field: edges with opaque cursors and forward paging info.</summary>
internal sealed record ConnectionPage<T>(IReadOnlyList<ConnectionEdge<T>> Edges, bool HasNextPage, bool HasPreviousPage)
{
    public string? StartCursor => Edges.Count == 0 ? null : Edges[0].Cursor;

    public string? EndCursor => Edges.Count == 0 ? null : Edges[^1].Cursor;

    /// <summary>Wraps a store page, scoping each store cursor to <paramref name="scope"/>.</summary>
    public static ConnectionPage<T> From(Page<T> page, string scope, bool afterGiven) =>
        new(page.Items.Select(i => new ConnectionEdge<T>(Cursor.Encode(scope, i.Cursor), i.Node)).ToList(), page.HasNextPage, afterGiven);
}
