using Graph.Domain.Model;
using Graph.Domain.Store;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Queries;

/// <summary>
/// The one statement behind <see cref="IGraphStore.GetRelationsAsync"/>: every anchor's matching relations, numbered per
/// anchor in ID order by a window function, cut at the per-anchor limit.
/// </summary>
internal static class RelationSql
{
    private const string Outgoing =
        "SELECT a.anchor, r.id, r.type, r.from_id, r.to_id, r.properties FROM anchors a JOIN relations r ON r.from_id = a.anchor WHERE 1";

    private const string Incoming =
        "SELECT a.anchor, r.id, r.type, r.from_id, r.to_id, r.properties FROM anchors a JOIN relations r ON r.to_id = a.anchor WHERE 1";

    public static SqliteCommand ByAnchors(SqliteConnection connection, RelationQuery query)
    {
        var command = connection.CreateCommand();
        command.WithList("$anchors", query.EntityIds.Select(id => id.Value)).With("$first", query.FirstPerEntity);
        var filter = string.Empty;
        if (query.Types is { Count: > 0 } types)
        {
            filter += " AND r.type IN (SELECT value FROM json_each($types))";
            command.WithList("$types", types.Select(t => t.ToName()));
        }

        if (query.After is not null)
        {
            filter += " AND r.id > $after";
            command.With("$after", query.After);
        }

        var hits = query.Direction switch
        {
            RelationDirection.Outgoing => Outgoing + filter,
            RelationDirection.Incoming => Incoming + filter,
            // A self-loop would come up on both sides; the incoming side leaves it to the outgoing one.
            RelationDirection.Both => $"{Outgoing}{filter} UNION ALL {Incoming}{filter} AND r.from_id <> a.anchor",
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Direction, "Unknown relation direction."),
        };
        command.CommandText = $"""
            WITH anchors (anchor) AS (SELECT DISTINCT value FROM json_each($anchors)),
                 hits AS ({hits}),
                 ranked AS (SELECT hits.*, row_number() OVER (PARTITION BY anchor ORDER BY id) AS position FROM hits)
            SELECT anchor, id, type, from_id, to_id, properties FROM ranked WHERE position <= $first ORDER BY anchor, id
            """;
        return command;
    }
}
