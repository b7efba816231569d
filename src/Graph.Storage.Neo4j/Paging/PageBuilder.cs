using Graph.Domain.Store;

namespace Graph.Storage.Neo4j.Paging;

/// <summary>Pages are read with one row more than asked for: its presence is <see cref="Page{T}.HasNextPage"/>.</summary>
internal static class PageBuilder
{
    public static long Limit(int first) => (long)first + 1;

    public static Page<T> Build<T>(List<T> rows, int first, Func<T, string> cursor) =>
        new(rows.Take(first).Select(r => new PageItem<T>(r, cursor(r))).ToList(), rows.Count > first);
}
