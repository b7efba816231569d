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

    /// <summary>
    /// Pages rows read in reading order, one more than <paramref name="first"/> when there are: best first, or for a page
    /// from the end (<paramref name="fromEnd"/>, Relay's <c>last</c>) in reverse, turned back here so the page is in list
    /// order. The side the read did not look past is answered by whether a cursor was given there.
    /// </summary>
    public static Page<T> BuildEitherWay<T>(
        IReadOnlyList<T> rows, int first, bool fromEnd, bool afterGiven, bool beforeGiven, Func<T, string> cursor)
    {
        var page = Build(rows, first, cursor);
        return fromEnd
            ? new Page<T>(page.Items.Reverse().ToList(), beforeGiven, page.HasNextPage)
            : page with { HasPreviousPage = afterGiven };
    }

    /// <summary>
    /// Pages rows read for a per-key bound (per subject, per indicator): in page order, with one row past
    /// <paramref name="first"/> for each key that has more. Each key keeps its first <paramref name="first"/>; the page has
    /// a next page when any key had more.
    /// </summary>
    public static Page<T> BuildPerKey<T, TKey>(IReadOnlyList<T> rows, int first, Func<T, TKey> keyOf, Func<T, string> cursor)
        where TKey : notnull
    {
        var kept = new Dictionary<TKey, int>();
        var items = new List<PageItem<T>>(rows.Count);
        var hasMore = false;
        foreach (var row in rows)
        {
            var key = keyOf(row);
            var count = kept.GetValueOrDefault(key);
            if (count == first)
            {
                hasMore = true;
                continue;
            }

            kept[key] = count + 1;
            items.Add(new PageItem<T>(row, cursor(row)));
        }

        return new Page<T>(items, hasMore);
    }
}
