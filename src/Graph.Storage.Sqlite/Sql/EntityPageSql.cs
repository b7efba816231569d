using System.Text;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Domain.Store.Filtering;
using Graph.Storage.Sqlite.Queries;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Sql;

/// <summary>
/// The general keyset read of <see cref="IGraphReader.ListEntitiesAsync"/>: any condition tree, several sort keys, cursors
/// on both sides and pages from the end. Each sort key becomes non-null sort columns (a date becomes "is undated", always
/// ascending so undated entities come last, then the date or ''), so one comparison chain positions a cursor exactly.
/// A page from the end reads the order reversed and the caller turns the rows back. A single name or pinyin key is served
/// by its (kind, key, id) index in either direction; date keys and several keys sort the rows the condition leaves.
/// </summary>
internal static class EntityPageSql
{
    private static readonly EntitySortExpressions Expressions = new("e.name", "e.name_key", "(e.start_date IS NULL)", "coalesce(e.start_date, '')", "e.id");

    public static SqliteCommand Build(SqliteConnection connection, EntityListQuery query, EntityPaging paging, int limit) =>
        Bind(connection.CreateCommand(), query, paging, limit);

    /// <summary>The exact number of rows the query pages through: one row of entity_counts when only the kind is asked for.</summary>
    public static SqliteCommand Count(SqliteConnection connection, EntityListQuery query) => BindCount(connection.CreateCommand(), query);

    /// <summary>Sets the page statement (<see cref="SqlCatalog.EntityPage"/>) and its parameters on <paramref name="command"/>.</summary>
    public static SqliteCommand Bind(SqliteCommand command, EntityListQuery query, EntityPaging paging, int limit)
    {
        var where = new StringBuilder("e.kind = $kind");
        command.With("$kind", query.Kind.ToString()).With("$limit", limit);
        if (EntityPaging.ConditionOf(query) is { } condition)
        {
            where.Append(" AND ").Append(EntityConditionSql.Translate(command, condition, "e"));
        }

        var columns = EntityKeyset.Columns(paging.Orders, query.FromEnd, Expressions);
        if (paging.After is { } after)
        {
            where.Append(" AND ").Append(Beyond(command, columns, Values(paging.Orders, after), forward: !query.FromEnd, "a"));
        }

        if (paging.Before is { } before)
        {
            where.Append(" AND ").Append(Beyond(command, columns, Values(paging.Orders, before), forward: query.FromEnd, "b"));
        }

        command.CommandText = SqlCatalog.EntityPage(where.ToString(), EntityKeyset.OrderBy(columns));
        return command;
    }

    /// <summary>Sets the count statement and its parameters on <paramref name="command"/>.</summary>
    public static SqliteCommand BindCount(SqliteCommand command, EntityListQuery query)
    {
        command.With("$kind", query.Kind.ToString());
        if (EntityPaging.ConditionOf(query) is { } condition)
        {
            command.CommandText = SqlCatalog.EntityCountWhere(EntityConditionSql.Translate(command, condition, "e"));
        }
        else
        {
            command.CommandText = SqlCatalog.EntityCountOfKind;
        }

        return command;
    }

    /// <summary>The cursor's value of each sort column: "is undated" as 1 or 0, a missing date as ''.</summary>
    private static List<object> Values(IReadOnlyList<EntityOrder> orders, EntityPosition position) =>
        EntityKeyset.Values(orders, position, undated => undated ? 1 : 0, i => position.Keys[i] ?? string.Empty);

    /// <summary>
    /// Rows strictly beyond the position in the reading order (<paramref name="forward"/>) or strictly before it: a row value
    /// comparison when every column runs one way (an index can seek it), otherwise the expanded chain.
    /// </summary>
    private static string Beyond(SqliteCommand command, List<SortColumn> columns, List<object> values, bool forward, string prefix)
    {
        var names = new List<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            names.Add($"${prefix}{i}");
            command.With(names[i], values[i]);
        }

        if (columns.All(c => c.Descending == columns[0].Descending))
        {
            return $"({string.Join(", ", columns.Select(c => c.Expression))}) {EntityKeyset.Symbol(columns[0].Descending, forward)} ({string.Join(", ", names)})";
        }

        return EntityKeyset.Chain(columns, names, forward);
    }
}
