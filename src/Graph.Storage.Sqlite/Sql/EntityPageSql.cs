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

        var columns = Columns(paging.Orders, reverse: query.FromEnd);
        if (paging.After is { } after)
        {
            where.Append(" AND ").Append(Beyond(command, columns, Values(paging.Orders, after), forward: !query.FromEnd, "a"));
        }

        if (paging.Before is { } before)
        {
            where.Append(" AND ").Append(Beyond(command, columns, Values(paging.Orders, before), forward: query.FromEnd, "b"));
        }

        var order = string.Join(", ", columns.Select(c => $"{c.Expression} {(c.Descending ? "DESC" : "ASC")}"));
        command.CommandText = SqlCatalog.EntityPage(where.ToString(), order);
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
                    columns.Add(("e.name_key", descending));
                    break;
                default:
                    columns.Add(("(e.start_date IS NULL)", reverse));
                    columns.Add(("coalesce(e.start_date, '')", descending));
                    break;
            }
        }

        columns.Add(("e.id", EntityPaging.IsDescending(orders[^1]) != reverse));
        return columns;
    }

    /// <summary>The cursor's value of each sort column, in the order of <see cref="Columns"/>.</summary>
    private static List<object> Values(IReadOnlyList<EntityOrder> orders, EntityPosition position)
    {
        var values = new List<object>();
        for (var i = 0; i < orders.Count; i++)
        {
            if (EntityPaging.IsDate(orders[i]))
            {
                values.Add(position.Keys[i] is null ? 1 : 0);
                values.Add(position.Keys[i] ?? string.Empty);
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
    /// Rows strictly beyond the position in the reading order (<paramref name="forward"/>) or strictly before it: a row value
    /// comparison when every column runs one way (an index can seek it), otherwise the expanded chain.
    /// </summary>
    private static string Beyond(SqliteCommand command, List<(string Expression, bool Descending)> columns, List<object> values, bool forward, string prefix)
    {
        var names = new List<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            names.Add($"${prefix}{i}");
            command.With(names[i], values[i]);
        }

        string Symbol(bool descending) => descending == forward ? "<" : ">";
        if (columns.All(c => c.Descending == columns[0].Descending))
        {
            return $"({string.Join(", ", columns.Select(c => c.Expression))}) {Symbol(columns[0].Descending)} ({string.Join(", ", names)})";
        }

        var chain = new List<string>(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            var equal = Enumerable.Range(0, i).Select(j => $"{columns[j].Expression} = {names[j]}");
            chain.Add("(" + string.Join(" AND ", equal.Append($"{columns[i].Expression} {Symbol(columns[i].Descending)} {names[i]}")) + ")");
        }

        return "(" + string.Join(" OR ", chain) + ")";
    }
}
