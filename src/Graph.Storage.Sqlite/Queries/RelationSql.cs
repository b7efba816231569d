using Graph.Domain.Model;
using Graph.Domain.Store;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Queries;

/// <summary>
/// The one statement behind <see cref="IGraphReader.GetRelationsAsync"/>. For each anchor and side, a scalar subquery walks
/// the (end, id) index to the N-th relation and the side reads the index range up to that ID: an anchor costs at most N
/// index entries per side however many relations it has (a hub such as 中国 has hundreds of thousands). The two sides of
/// BOTH are then cut to N per anchor by a window function over those few rows, and only the rows kept are read in full.
/// </summary>
internal static class RelationSql
{
    /// <summary>Sorts after every relation ID (IDs are ASCII), so "up to the N-th" reads all of a short list.</summary>
    public const string PastLastId = "\U0010FFFF";

    public static SqliteCommand ByAnchors(SqliteConnection connection, RelationQuery query)
    {
        var command = connection.CreateCommand();
        command.WithList("$anchors", query.EntityIds.Select(id => id.Value))
            .With("$first", query.FirstPerEntity)
            .With("$past", PastLastId);
        var filter = string.Empty;
        if (query.Types is { Count: > 0 } types)
        {
            filter += " AND @.type IN (SELECT value FROM json_each($types))";
            command.WithList("$types", types.Select(t => t.ToName()));
        }

        if (query.After is not null)
        {
            filter += " AND @.id > $after";
            command.With("$after", query.After);
        }

        var hits = query.Direction switch
        {
            RelationDirection.Outgoing => Side("from_id", filter, string.Empty),
            RelationDirection.Incoming => Side("to_id", filter, string.Empty),
            // A self-loop would come up on both sides; the incoming side leaves it to the outgoing one.
            RelationDirection.Both =>
                $"{Side("from_id", filter, string.Empty)} UNION ALL {Side("to_id", filter, " AND r.from_id <> a.anchor")}",
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Direction, "Unknown relation direction."),
        };
        command.CommandText = $"""
            WITH anchors (anchor) AS (SELECT DISTINCT value FROM json_each($anchors)),
                 hits (anchor, id) AS ({hits}),
                 ranked AS (SELECT anchor, id, row_number() OVER (PARTITION BY anchor ORDER BY id) AS position FROM hits)
            SELECT k.anchor, r.id, r.type, r.from_id, r.to_id, r.properties
            FROM ranked k JOIN relations r ON r.id = k.id
            WHERE k.position <= $first ORDER BY k.anchor, k.id
            """;
        return command;
    }

    /// <summary>
    /// The relations at one end of each anchor, up to the <c>$first</c>-th by ID; <paramref name="filter"/> has <c>@</c>
    /// for the table alias, since the same conditions apply to the walk and to the read.
    /// </summary>
    public static string Side(string end, string filter, string extra)
    {
        var index = end == "from_id" ? "relations_by_from_id" : "relations_by_to_id";
        var cutoff =
            $"(SELECT x.id FROM relations x INDEXED BY {index} WHERE x.{end} = a.anchor{Alias(filter, "x")} " +
            "ORDER BY x.id LIMIT 1 OFFSET $first - 1)";
        return $"SELECT a.anchor, r.id FROM anchors a CROSS JOIN relations r INDEXED BY {index} ON r.{end} = a.anchor " +
               $"WHERE r.id <= coalesce({cutoff}, $past){Alias(filter, "r")}{extra}";
    }

    private static string Alias(string filter, string alias) => filter.Replace("@.", alias + ".", StringComparison.Ordinal);
}
