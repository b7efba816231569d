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
    private static readonly EntitySortExpressions Expressions = new("e.name", "e.nameKey", "(e.startDate IS NULL)", "coalesce(e.startDate, $noDate)", "e.id");

    /// <summary>The page statement; its parameters (besides <c>$limit</c>) are added to <paramref name="parameters"/>.</summary>
    public static string Page(EntityListQuery query, EntityPaging paging, Dictionary<string, object?> parameters)
    {
        var where = Where(query, parameters);
        var columns = EntityKeyset.Columns(paging.Orders, query.FromEnd, Expressions);
        parameters["noDate"] = DateOnly.MinValue;
        if (paging.After is { } after)
        {
            where += " AND " + Beyond(columns, Values(paging.Orders, after), forward: !query.FromEnd, "a", parameters);
        }

        if (paging.Before is { } before)
        {
            where += " AND " + Beyond(columns, Values(paging.Orders, before), forward: query.FromEnd, "b", parameters);
        }

        return $"MATCH (e:Entity)\nWHERE {where}\nRETURN e ORDER BY {EntityKeyset.OrderBy(columns)} LIMIT $limit";
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

    /// <summary>The cursor's value of each sort column: "is undated" as a boolean, a missing date as <c>$noDate</c>'s value.</summary>
    private static List<object> Values(IReadOnlyList<EntityOrder> orders, EntityPosition position) =>
        EntityKeyset.Values(orders, position, undated => undated, i => position.DateAt(i) ?? DateOnly.MinValue);

    private static string Beyond(List<SortColumn> columns, List<object> values, bool forward, string prefix, Dictionary<string, object?> parameters)
    {
        var names = new List<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            names.Add($"${prefix}{i}");
            parameters[$"{prefix}{i}"] = values[i];
        }

        return EntityKeyset.Chain(columns, names, forward);
    }
}
