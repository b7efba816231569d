using Graph.Domain.Store;

namespace Graph.Storage.Sqlite.Paging;

/// <summary>
/// Pages are read with one row more than asked for: its presence is <see cref="Page{T}.HasNextPage"/>, without a count.
/// </summary>
internal static class PageBuilder
{
    public static int Limit(int first) => first == int.MaxValue ? first : first + 1;

    public static Page<T> Build<T>(List<T> rows, int first, Func<T, string> cursor)
    {
        var hasNext = rows.Count > first;
        var items = new List<PageItem<T>>(Math.Min(rows.Count, first));
        foreach (var row in rows.Take(first))
        {
            items.Add(new PageItem<T>(row, cursor(row)));
        }

        return new Page<T>(items, hasNext);
    }
}
