using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Queries;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    private static readonly Neighborhood EmptyNeighborhood = new([], [], false);

    public async Task<Neighborhood> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        using var lease = await RentReaderAsync(cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        var center = query.Center.Value;
        var centerFound = await Lookups
            .ExistingIdsAsync(connection, null, KeyedTable.Entities, [center], cancellationToken)
            .ConfigureAwait(false);
        if (centerFound.Count == 0)
        {
            return EmptyNeighborhood;
        }

        // Breadth first, one statement per level over the whole frontier; the node limit counts the center.
        var distances = new Dictionary<string, int>(StringComparer.Ordinal) { [center] = 0 };
        List<string> frontier = [center];
        var truncated = false;
        var full = false;
        for (var depth = 1; depth <= query.Depth && frontier.Count > 0 && !full; depth++)
        {
            // No node can contribute more new nodes than the limit allows, so each is read only that far: a hub next to the
            // center costs as much as any other node. A node cut that way may have hidden nodes, so the result says so.
            var level = await GraphExpansion
                .ExpandAsync(connection, frontier, query.Types, query.Direction, cancellationToken, query.NodeLimit)
                .ConfigureAwait(false);
            truncated |= level.Capped;
            var next = new List<string>();
            foreach (var step in level.Steps)
            {
                if (distances.ContainsKey(step.Other))
                {
                    continue;
                }

                if (distances.Count == query.NodeLimit)
                {
                    truncated = full = true;
                    break;
                }

                distances.Add(step.Other, depth);
                next.Add(step.Other);
            }

            frontier = next;
        }

        var entities = await Lookups.LoadEntitiesAsync(connection, null, distances.Keys, cancellationToken).ConfigureAwait(false);
        var nodes = distances
            .Where(d => entities.ContainsKey(d.Key))
            .OrderBy(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => new NeighborhoodNode(entities[d.Key].Entity, d.Value))
            .ToList();
        var edges = await EdgesAmongAsync(connection, distances.Keys, query.Types, cancellationToken).ConfigureAwait(false);
        return new Neighborhood(nodes, edges, truncated);
    }

    // Every relation of the allowed types whose both ends were returned, whichever way it points. The read walks each node's
    // outgoing relations: left to itself the planner walks the incoming ones, and a hub among the nodes (中国, with every
    // LOCATED_IN and MENTIONS pointing at it) then costs its whole in-degree. Relations point at hubs, rarely out of them.
    // The match is decided on the covering index alone; only the relations kept are read in full.
    private static async Task<List<Relation>> EdgesAmongAsync(
        SqliteConnection connection,
        IEnumerable<string> nodes,
        IReadOnlyCollection<RelationType>? types,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.WithList("$nodes", nodes);
        var typeFilter = string.Empty;
        if (types is { Count: > 0 })
        {
            typeFilter = " AND r.type IN (SELECT value FROM json_each($types))";
            command.WithList("$types", types.Select(t => t.ToName()));
        }

        command.CommandText = $"""
            WITH n (id) AS (SELECT value FROM json_each($nodes)),
                 among (id) AS (
                     SELECT r.id FROM relations r INDEXED BY relations_by_from_id
                     WHERE r.from_id IN (SELECT id FROM n) AND r.to_id IN (SELECT id FROM n){typeFilter})
            SELECT {RelationRows.Columns} FROM among a JOIN relations r ON r.id = a.id
            ORDER BY r.id
            """;
        return await Lookups.ReadAllAsync(command, r => RelationRows.Read(r), cancellationToken).ConfigureAwait(false);
    }
}
