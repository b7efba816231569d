using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>
/// The keyset arithmetic of the general entity list, the same for every store: each sort key becomes non-null sort
/// columns (a date becomes "is undated", always ascending so undated entities come last, then the date), the ID breaks
/// ties, and a cursor is positioned by one comparison chain over those columns. A page from the end reads the order
/// reversed. The stores supply only their expressions and how they bind a cursor's values.
/// </summary>
public static class EntityKeyset
{
    /// <summary>The sort columns of <paramref name="orders"/>, reversed for a page read from the end.</summary>
    public static List<SortColumn> Columns(IReadOnlyList<EntityOrder> orders, bool reverse, EntitySortExpressions expressions)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(expressions);
        var columns = new List<SortColumn>();
        foreach (var order in orders)
        {
            var descending = EntityPaging.IsDescending(order) != reverse;
            switch (order)
            {
                case EntityOrder.NameAscending or EntityOrder.NameDescending:
                    columns.Add(new(expressions.Name, descending));
                    break;
                case EntityOrder.NamePinyinAscending or EntityOrder.NamePinyinDescending:
                    columns.Add(new(expressions.NameKey, descending));
                    break;
                default:
                    columns.Add(new(expressions.Undated, reverse));
                    columns.Add(new(expressions.Date, descending));
                    break;
            }
        }

        columns.Add(new(expressions.Id, EntityPaging.IsDescending(orders[^1]) != reverse));
        return columns;
    }

    /// <summary>
    /// The cursor's value of each sort column, in the order of <see cref="Columns"/>: <paramref name="undated"/> turns
    /// "has no date" into the store's value, <paramref name="dateAt"/> gives the date of key <c>i</c> or its stand-in.
    /// </summary>
    public static List<object> Values(
        IReadOnlyList<EntityOrder> orders, EntityPosition position, Func<bool, object> undated, Func<int, object> dateAt)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(undated);
        ArgumentNullException.ThrowIfNull(dateAt);
        var values = new List<object>();
        for (var i = 0; i < orders.Count; i++)
        {
            if (EntityPaging.IsDate(orders[i]))
            {
                values.Add(undated(position.Keys[i] is null));
                values.Add(dateAt(i));
            }
            else
            {
                values.Add(position.Keys[i]!);
            }
        }

        values.Add(position.Id);
        return values;
    }

    /// <summary>
    /// Rows strictly beyond the position (<paramref name="forward"/>: after it in the reading order, otherwise before it),
    /// as the expanded chain <c>(c0 &gt; v0) OR (c0 = v0 AND c1 &gt; v1) OR …</c> over the bound value names.
    /// </summary>
    public static string Chain(IReadOnlyList<SortColumn> columns, IReadOnlyList<string> names, bool forward)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(names);
        var chain = new List<string>(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            var equal = Enumerable.Range(0, i).Select(j => $"{columns[j].Expression} = {names[j]}");
            chain.Add("(" + string.Join(" AND ", equal.Append($"{columns[i].Expression} {Symbol(columns[i].Descending, forward)} {names[i]}")) + ")");
        }

        return "(" + string.Join(" OR ", chain) + ")";
    }

    /// <summary>The comparison that keeps rows beyond a value of a column sorted <paramref name="descending"/>.</summary>
    public static string Symbol(bool descending, bool forward) => descending == forward ? "<" : ">";

    /// <summary>The ORDER BY list of <paramref name="columns"/>.</summary>
    public static string OrderBy(IReadOnlyList<SortColumn> columns) =>
        string.Join(", ", columns.Select(c => $"{c.Expression} {(c.Descending ? "DESC" : "ASC")}"));
}
