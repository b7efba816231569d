using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Mapping;

namespace Graph.Storage.Sqlite.Sql;

/// <summary>
/// The keyset query of <see cref="IGraphReader.ListEntitiesAsync"/>. Name orders scan entities_by_kind_name in either
/// direction. Date orders put undated entities last in both directions, so they read the dated rows and the undated rows
/// as two index range scans (each limited to the page size) and merge those few rows, rather than sorting the kind.
/// </summary>
internal static partial class SqlCatalog
{
    public static string EntityList(EntityOrder order, EntityFilters filters, EntityListAfter after)
    {
        var descending = order is EntityOrder.NameDescending or EntityOrder.StartDateDescending;
        var direction = descending ? "DESC" : "ASC";
        var comparison = descending ? "<" : ">";
        var where = filters.Where();
        if (StoreCursors.IsByName(order))
        {
            var keyset = after == EntityListAfter.Start ? string.Empty : $" AND (e.name, e.id) {comparison} ($afterKey, $afterId)";
            return $"SELECT {EntityRows.Columns} FROM entities e WHERE {where}{keyset} ORDER BY e.name {direction}, e.id {direction} LIMIT $limit";
        }

        var parts = new List<string>(2);
        if (after != EntityListAfter.Undated)
        {
            var keyset = after == EntityListAfter.Start ? string.Empty : $" AND (e.start_date, e.id) {comparison} ($afterKey, $afterId)";
            parts.Add(
                $"SELECT * FROM (SELECT {EntityRows.Columns}, 0 AS undated FROM entities e " +
                $"WHERE {where} AND e.start_date IS NOT NULL{keyset} " +
                $"ORDER BY e.start_date {direction}, e.id {direction} LIMIT $limit)");
        }

        // A date-range filter already excludes undated entities.
        if (!filters.From && !filters.To)
        {
            var keyset = after == EntityListAfter.Undated ? $" AND e.id {comparison} $afterId" : string.Empty;
            parts.Add(
                $"SELECT * FROM (SELECT {EntityRows.Columns}, 1 AS undated FROM entities e " +
                $"WHERE {where} AND e.start_date IS NULL{keyset} ORDER BY e.id {direction} LIMIT $limit)");
        }

        return parts.Count == 0
            ? "SELECT NULL WHERE 0"
            : $"SELECT * FROM ({string.Join(" UNION ALL ", parts)}) ORDER BY undated, start_date {direction}, id {direction} LIMIT $limit";
    }

    private static IEnumerable<EntityFilters> EntityFilterChoices =>
        from subtype in Flags
        from name in Flags
        from place in Flags
        from start in Flags
        from end in Flags
        select new EntityFilters(subtype, name, place, start, end);

    private static IEnumerable<EntityListAfter> EntityAfterChoices(EntityOrder order) => StoreCursors.IsByName(order)
        ? [EntityListAfter.Start, EntityListAfter.Keyed]
        : [EntityListAfter.Start, EntityListAfter.Keyed, EntityListAfter.Undated];

    /// <summary>The exact number of entities of a kind, from the counts kept per kind.</summary>
    public const string EntityCountOfKind = "SELECT coalesce((SELECT count FROM entity_counts WHERE kind = $kind), 0)";

    /// <summary>
    /// The general keyset read (<see cref="EntityPageSql"/>): <paramref name="where"/> is the kind, a condition tree translated
    /// by <see cref="EntityConditionSql"/> and the cursor comparisons over the alias <c>e</c>, <paramref name="orderBy"/> the
    /// sort columns; values are parameters. <see cref="All"/> lists it for the <see cref="Domain.Store.Filtering.ConditionSamples"/>.
    /// </summary>
    public static string EntityPage(string where, string orderBy) =>
        $"SELECT {EntityRows.Columns} FROM entities e WHERE {where} ORDER BY {orderBy} LIMIT $limit";

    /// <summary>
    /// The number of entities of a kind that satisfy <paramref name="where"/>, a condition tree translated by
    /// <see cref="EntityConditionSql"/> over the alias <c>e</c> (its values are parameters); <see cref="All"/> lists it for
    /// the <see cref="Domain.Store.Filtering.ConditionSamples"/>.
    /// </summary>
    public static string EntityCountWhere(string where) => $"SELECT count(*) FROM entities e WHERE e.kind = $kind AND {where}";
}
