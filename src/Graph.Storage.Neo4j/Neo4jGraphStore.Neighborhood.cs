using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Breadth first, one statement per level over the whole frontier, so the node limit cuts the search exactly where the
/// embedded store cuts it (each level's new nodes taken in ID order).
/// </summary>
internal sealed partial class Neo4jGraphStore
{
    private static readonly Neighborhood EmptyNeighborhood = new([], [], false);

    public async Task<Neighborhood> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var center = query.Center.Value;
        var centerEntity = await GetEntitiesAsync([query.Center], cancellationToken).ConfigureAwait(false);
        if (centerEntity.Count == 0)
        {
            return EmptyNeighborhood;
        }

        var types = TypeNames(query.Types);
        var distances = new Dictionary<string, int>(StringComparer.Ordinal) { [center] = 0 };
        List<string> frontier = [center];
        var truncated = false;
        for (var depth = 1; depth <= query.Depth && frontier.Count > 0 && !truncated; depth++)
        {
            var next = new List<string>();
            foreach (var other in (await ExpandAsync(frontier, types, query.Direction, cancellationToken).ConfigureAwait(false))
                     .Select(s => s.Other).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                if (distances.ContainsKey(other))
                {
                    continue;
                }

                if (distances.Count == query.NodeLimit)
                {
                    truncated = true;
                    break;
                }

                distances.Add(other, depth);
                next.Add(other);
            }

            frontier = next;
        }

        var entities = (await GetEntitiesAsync(distances.Keys.Select(k => new Graph.Domain.Identity.EntityId(k)).ToList(), cancellationToken)
            .ConfigureAwait(false)).ToDictionary(e => e.Id.Value, StringComparer.Ordinal);
        var nodes = distances
            .Where(d => entities.ContainsKey(d.Key))
            .OrderBy(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => new NeighborhoodNode(entities[d.Key], d.Value))
            .ToList();
        var edges = (await QueryAsync(CypherCatalog.EdgesAmong, new() { ["nodes"] = distances.Keys.ToList(), ["types"] = types }, cancellationToken)
            .ConfigureAwait(false)).Select(Records.Relation).ToList();
        return new Neighborhood(nodes, edges, truncated);
    }

    /// <summary>One level: every relation touching the frontier, as (frontier node, node reached, relation), sorted.</summary>
    private async Task<List<(string Anchor, string Other, string Relation)>> ExpandAsync(
        List<string> frontier, List<string>? types, RelationDirection direction, CancellationToken cancellationToken)
    {
        var statement = direction switch
        {
            RelationDirection.Outgoing => CypherCatalog.ExpandOutgoing,
            RelationDirection.Incoming => CypherCatalog.ExpandIncoming,
            RelationDirection.Both => CypherCatalog.ExpandBoth,
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown relation direction."),
        };
        var rows = await QueryAsync(statement, new() { ["frontier"] = frontier, ["types"] = types }, cancellationToken).ConfigureAwait(false);
        return rows
            .Select(r => ((string)r["anchor"]!, (string)r["other"]!, (string)r["relation"]!))
            .OrderBy(s => s.Item2, StringComparer.Ordinal).ThenBy(s => s.Item3, StringComparer.Ordinal)
            .ToList();
    }
}
