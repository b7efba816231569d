using System.Text;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Paging;
using Graph.Storage.Sqlite.Search;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Queries;

/// <summary>
/// Builds the keyset query of <see cref="IGraphReader.ListEntitiesAsync"/>. Name orders scan entities_by_kind_name in
/// either direction. Date orders put undated entities last in both directions, so they read the dated rows and the undated
/// rows as two index range scans (each limited to the page size) and merge those few rows, rather than sorting the kind.
/// Only fixed fragments are concatenated; every value is a parameter.
/// </summary>
internal static class EntityListSql
{
    private const string CursorParameter = "After";

    public static SqliteCommand Build(SqliteConnection connection, EntityListQuery query, EntityCursorKey? after, int limit)
    {
        var command = connection.CreateCommand();
        var filters = new StringBuilder("e.kind = $kind");
        command.With("$kind", query.Kind.ToString()).With("$limit", limit);
        AddFilters(command, filters, query);

        var descending = query.Order is EntityOrder.NameDescending or EntityOrder.StartDateDescending;
        var direction = descending ? "DESC" : "ASC";
        var comparison = descending ? "<" : ">";
        if (after is not null)
        {
            command.With("$afterKey", after.SortKey).With("$afterId", after.Id);
        }

        if (query.Order is EntityOrder.NameAscending or EntityOrder.NameDescending)
        {
            var keyset = after is null ? string.Empty : $" AND (e.name, e.id) {comparison} ($afterKey, $afterId)";
            command.CommandText =
                $"SELECT {EntityRows.Columns} FROM entities e WHERE {filters}{keyset} " +
                $"ORDER BY e.name {direction}, e.id {direction} LIMIT $limit";
            return command;
        }

        var parts = new List<string>(2);
        if (after is null || after.SortKey is not null)
        {
            var keyset = after is null ? string.Empty : $" AND (e.start_date, e.id) {comparison} ($afterKey, $afterId)";
            parts.Add(
                $"SELECT * FROM (SELECT {EntityRows.Columns}, 0 AS undated FROM entities e " +
                $"WHERE {filters} AND e.start_date IS NOT NULL{keyset} " +
                $"ORDER BY e.start_date {direction}, e.id {direction} LIMIT $limit)");
        }

        // A date-range filter already excludes undated entities.
        if (query.From is null && query.To is null)
        {
            var keyset = after is { SortKey: null } ? $" AND e.id {comparison} $afterId" : string.Empty;
            parts.Add(
                $"SELECT * FROM (SELECT {EntityRows.Columns}, 1 AS undated FROM entities e " +
                $"WHERE {filters} AND e.start_date IS NULL{keyset} ORDER BY e.id {direction} LIMIT $limit)");
        }

        command.CommandText = parts.Count == 0
            ? "SELECT NULL WHERE 0"
            : $"SELECT * FROM ({string.Join(" UNION ALL ", parts)}) " +
              $"ORDER BY undated, start_date {direction}, id {direction} LIMIT $limit";
        return command;
    }

    public static string CursorFor(Entity entity, EntityOrder order) => order is EntityOrder.NameAscending or EntityOrder.NameDescending
        ? KeysetCursor.Encode(Tag(order), entity.Name, entity.Id.Value)
        : KeysetCursor.Encode(Tag(order), entity.StartDate is { } date ? ScalarColumns.Date(date) : null, entity.Id.Value);

    public static EntityCursorKey? ParseCursor(string? after, EntityOrder order)
    {
        if (after is null)
        {
            return null;
        }

        var keys = KeysetCursor.Decode(after, Tag(order), 2, CursorParameter);
        var byName = order is EntityOrder.NameAscending or EntityOrder.NameDescending;
        var badKey = byName ? keys[0] is null : keys[0] is not null && !ScalarColumns.TryParseDate(keys[0], out _);
        if (keys[1] is null || badKey)
        {
            throw KeysetCursor.Malformed(after, CursorParameter);
        }

        return new EntityCursorKey(keys[0], keys[1]!);
    }

    private static void AddFilters(SqliteCommand command, StringBuilder filters, EntityListQuery query)
    {
        if (query.Subtype is not null)
        {
            filters.Append(" AND e.subtype = $subtype");
            command.With("$subtype", query.Subtype);
        }

        var needle = query.NameContains is null ? string.Empty : SearchText.Normalize(query.NameContains);
        if (needle.Length > 0)
        {
            // search_terms holds the canonical (upper-cased, NFKC) name and aliases, which makes this case-insensitive.
            filters.Append(" AND EXISTS (SELECT 1 FROM search_terms t WHERE t.entity_no = e.entity_no AND instr(t.term, $needle) > 0)");
            command.With("$needle", needle);
        }

        if (query.LocatedIn is { } place)
        {
            filters.Append(" AND e.id IN (SELECT l.from_id FROM relations l WHERE l.to_id = $place AND l.type IN ($locatedIn, $heldIn))");
            command.With("$place", place.Value)
                .With("$locatedIn", RelationType.LocatedIn.ToName())
                .With("$heldIn", RelationType.HeldIn.ToName());
        }

        if (query.From is { } from)
        {
            // An entity without an end date lasts its start day.
            filters.Append(" AND coalesce(e.end_date, e.start_date) >= $from");
            command.With("$from", ScalarColumns.Date(from));
        }

        if (query.To is { } to)
        {
            filters.Append(" AND e.start_date <= $to");
            command.With("$to", ScalarColumns.Date(to));
        }
    }

    private static string Tag(EntityOrder order) => $"entities:{order}";
}
