using Graph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Queries;

/// <summary>
/// One breadth-first level: every relation touching any node of the frontier, in one statement. It reads only the
/// covering indexes relations_by_from / relations_by_to (end, type, other end, id), never the relation rows.
/// </summary>
internal static class GraphExpansion
{
    public static async Task<List<Step>> ExpandAsync(
        SqliteConnection connection,
        IReadOnlyCollection<string> frontier,
        IReadOnlyCollection<RelationType>? types,
        RelationDirection direction,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.WithList("$frontier", frontier);
        var typeFilter = string.Empty;
        if (types is { Count: > 0 })
        {
            typeFilter = " AND r.type IN (SELECT value FROM json_each($types))";
            command.WithList("$types", types.Select(t => t.ToName()));
        }

        var outgoing = $"SELECT r.from_id, r.to_id, r.id FROM relations r WHERE r.from_id IN (SELECT id FROM f){typeFilter}";
        var incoming = $"SELECT r.to_id, r.from_id, r.id FROM relations r WHERE r.to_id IN (SELECT id FROM f){typeFilter}";
        var union = direction switch
        {
            RelationDirection.Outgoing => outgoing,
            RelationDirection.Incoming => incoming,
            RelationDirection.Both => $"{outgoing} UNION ALL {incoming}",
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown relation direction."),
        };
        command.CommandText = $"WITH f (id) AS (SELECT DISTINCT value FROM json_each($frontier)) {union}";

        var steps = new List<Step>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            steps.Add(new Step(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        // A fixed order makes which parent, and which nodes under a node limit, deterministic.
        steps.Sort(static (a, b) =>
        {
            var byOther = string.CompareOrdinal(a.Other, b.Other);
            return byOther != 0 ? byOther : string.CompareOrdinal(a.RelationId, b.RelationId);
        });
        return steps;
    }

    /// <summary>A relation walked from <paramref name="Anchor"/> (a frontier node) to <paramref name="Other"/>.</summary>
    internal readonly record struct Step(string Anchor, string Other, string RelationId);
}
