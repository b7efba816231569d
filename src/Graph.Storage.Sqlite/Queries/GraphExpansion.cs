using Graph.Domain.Model;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Sql;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Queries;

/// <summary>
/// One breadth-first level: the relations touching any node of the frontier, in one statement. It reads only the covering
/// indexes relations_by_from_id / relations_by_to_id (end, id, type, other end), never the relation rows. With a cap, each
/// node contributes at most that many relations per side, the first by ID, so a hub costs what the cap says (see
/// <see cref="SqlCatalog.Expansion"/> for how the walk to the cap's ID keeps the read that short).
/// </summary>
internal static class GraphExpansion
{
    public static async Task<Level> ExpandAsync(
        SqliteConnection connection,
        IReadOnlyCollection<string> frontier,
        IReadOnlyCollection<RelationType>? types,
        RelationDirection direction,
        CancellationToken cancellationToken,
        int? capPerAnchor = null)
    {
        var command = Build(connection, frontier, types, direction, capPerAnchor);
        var rows = new List<(Step Step, int Side)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((new Step(reader.GetString(0), reader.GetString(1), reader.GetString(2)), reader.GetInt32(3)));
            }
        }

        var capped = false;
        var steps = new List<Step>(rows.Count);
        if (capPerAnchor is { } limit)
        {
            foreach (var group in rows.GroupBy(r => (r.Step.Anchor, r.Side)))
            {
                var kept = group.Select(r => r.Step).OrderBy(s => s.RelationId, StringComparer.Ordinal).ToList();
                capped |= kept.Count > limit;
                steps.AddRange(kept.Take(limit));
            }
        }
        else
        {
            steps.AddRange(rows.Select(r => r.Step));
        }

        // A fixed order makes which parent, and which nodes under a node limit, deterministic.
        steps.Sort(static (a, b) =>
        {
            var byOther = string.CompareOrdinal(a.Other, b.Other);
            return byOther != 0 ? byOther : string.CompareOrdinal(a.RelationId, b.RelationId);
        });
        return new Level(steps, capped);
    }

    /// <summary>
    /// The statement of one level (its text: <see cref="SqlCatalog.Expansion"/>), bound; prepared once per connection (every
    /// traversal level runs it), so it belongs to the connection's <see cref="StatementCache"/> and is never disposed here.
    /// </summary>
    public static SqliteCommand Build(
        SqliteConnection connection,
        IReadOnlyCollection<string> frontier,
        IReadOnlyCollection<RelationType>? types,
        RelationDirection direction,
        int? capPerAnchor)
    {
        var typed = types is { Count: > 0 };
        var command = StatementCache.Bind(
            connection, SqlCatalog.Expansion(direction, typed, capPerAnchor is not null), ("$frontier", JsonColumns.Array(frontier)));
        if (typed)
        {
            StatementCache.Bind(connection, command.CommandText, ("$types", JsonColumns.Array(types!.Select(t => t.ToName()))));
        }

        if (capPerAnchor is { } cap)
        {
            // One row past the cap tells that the node had more.
            StatementCache.Bind(connection, command.CommandText, ("$cap", cap), ("$past", SqlCatalog.PastLastId));
        }

        return command;
    }

    /// <summary>The steps of one level, and whether any node had more relations than the cap let through.</summary>
    internal sealed record Level(List<Step> Steps, bool Capped);

    /// <summary>A relation walked from <paramref name="Anchor"/> (a frontier node) to <paramref name="Other"/>.</summary>
    internal readonly record struct Step(string Anchor, string Other, string RelationId);
}
