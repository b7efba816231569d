using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Domain.Store.Filtering;

namespace Graph.Storage.Neo4j.Cypher;

/// <summary>
/// The general keyset read of entity lists and its count, as <c>Graph.Storage.Sqlite</c>'s EntityPageSql builds them:
/// any condition tree (<see cref="EntityConditionCypher"/>), several sort keys, cursors on both sides, pages from the end.
/// A date key sorts as "is undated" (always ascending, so undated entities come last) and then the date, with
/// <c>$noDate</c> standing in for a missing one, so one comparison chain positions a cursor exactly.
/// </summary>
public static class EntityPageCypher
{
    /// <summary>The page statement; its parameters (besides <c>$limit</c>) are added to <paramref name="parameters"/>.</summary>
    public static string Page(EntityListQuery query, EntityPaging paging, Dictionary<string, object?> parameters)
    {
        var where = Where(query, parameters);
        var columns = Columns(paging.Orders, query.FromEnd);
        parameters["noDate"] = DateOnly.MinValue;
        if (paging.After is { } after)
        {
            where += " AND " + Beyond(columns, Values(paging.Orders, after), forward: !query.FromEnd, "a", parameters);
        }

        if (paging.Before is { } before)
        {
            where += " AND " + Beyond(columns, Values(paging.Orders, before), forward: query.FromEnd, "b", parameters);
        }

        var order = string.Join(", ", columns.Select(c => $"{c.Expression} {(c.Descending ? "DESC" : "ASC")}"));
        return $"MATCH (e:Entity)\nWHERE {where}\nRETURN e ORDER BY {order} LIMIT $limit";
    }

    /// <summary>
    /// The count statement. Without conditions it counts the kind's label, which Neo4j answers from its count store.
    /// </summary>
    public static string Count(EntityListQuery query, Dictionary<string, object?> parameters) =>
        EntityPaging.ConditionOf(query) is null
            ? $"MATCH (e:{query.Kind}) RETURN count(e) AS count"
            : $"MATCH (e:Entity)\nWHERE {Where(query, parameters)}\nRETURN count(e) AS count";

    private static string Where(EntityListQuery query, Dictionary<string, object?> parameters)
    {
        parameters["kind"] = query.Kind.ToString();
        return EntityPaging.ConditionOf(query) is { } condition
            ? "e.kind = $kind AND " + EntityConditionCypher.Translate(condition, "e", parameters)
            : "e.kind = $kind";
    }

    private static List<(string Expression, bool Descending)> Columns(IReadOnlyList<EntityOrder> orders, bool reverse)
    {
        var columns = new List<(string, bool)>();
        foreach (var order in orders)
        {
            var descending = EntityPaging.IsDescending(order) != reverse;
            switch (order)
            {
                case EntityOrder.NameAscending or EntityOrder.NameDescending:
                    columns.Add(("e.name", descending));
                    break;
                case EntityOrder.NamePinyinAscending or EntityOrder.NamePinyinDescending:
                    columns.Add(("e.nameKey", descending));
                    break;
                default:
                    columns.Add(("(e.startDate IS NULL)", reverse));
                    columns.Add(("coalesce(e.startDate, $noDate)", descending));
                    break;
            }
        }

        columns.Add(("e.id", EntityPaging.IsDescending(orders[^1]) != reverse));
        return columns;
    }

    private static List<object> Values(IReadOnlyList<EntityOrder> orders, EntityPosition position)
    {
        var values = new List<object>();
        for (var i = 0; i < orders.Count; i++)
        {
            if (EntityPaging.IsDate(orders[i]))
            {
                values.Add(position.Keys[i] is null);
                values.Add(position.DateAt(i) ?? DateOnly.MinValue);
            }
            else
            {
                values.Add(position.Keys[i]!);
            }
        }

        values.Add(position.Id);
        return values;
    }

    private static string Beyond(
        List<(string Expression, bool Descending)> columns, List<object> values, bool forward, string prefix, Dictionary<string, object?> parameters)
    {
        var names = new List<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            names.Add($"${prefix}{i}");
            parameters[$"{prefix}{i}"] = values[i];
        }

        var chain = new List<string>(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            var symbol = columns[i].Descending == forward ? "<" : ">";
            var equal = Enumerable.Range(0, i).Select(j => $"{columns[j].Expression} = {names[j]}");
            chain.Add("(" + string.Join(" AND ", equal.Append($"{columns[i].Expression} {symbol} {names[i]}")) + ")");
        }

        return "(" + string.Join(" OR ", chain) + ")";
    }
}
