namespace Graph.Domain.Store;

/// <summary>
/// Pages are read with one row more than asked for: its presence is <see cref="Page{T}.HasNextPage"/>, without a count.
/// </summary>
public static class PageBuilder
{
    /// <summary>How many rows to read for a page of <paramref name="first"/>.</summary>
    public static int Limit(int first) => first == int.MaxValue ? first : first + 1;

    public static Page<T> Build<T>(IReadOnlyList<T> rows, int first, Func<T, string> cursor)
    {
        var items = new List<PageItem<T>>(Math.Min(rows.Count, first));
        foreach (var row in rows.Take(first))
        {
            items.Add(new PageItem<T>(row, cursor(row)));
        }

        return new Page<T>(items, rows.Count > first);
    }
}
