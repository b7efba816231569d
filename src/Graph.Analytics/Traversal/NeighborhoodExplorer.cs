using Graph.Domain.Identity;
using Graph.Domain.Store;

namespace Graph.Analytics.Traversal;

/// <summary>
/// The k-hop neighborhood: breadth first, one store call per level over the whole frontier, the node limit counting the
/// center. No entity can contribute more new entities than the limit allows, so each is read only that far: a hub next to
/// the center costs as much as any other entity, and a result cut that way says it is truncated.
/// </summary>
internal sealed class NeighborhoodExplorer(IGraphReader store)
{
    private static readonly Neighborhood Empty = new([], [], false);

    public async Task<Neighborhood> ExploreAsync(NeighborhoodQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var filter = query.Exclude ?? TraversalFilter.None;
        var center = (await store.GetEntitiesAsync([query.Center], cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        if (center is null)
        {
            return Empty;
        }

        var distances = new Dictionary<EntityId, int> { [query.Center] = 0 };
        List<EntityId> frontier = [query.Center];
        var truncated = false;
        var full = false;
        for (var depth = 1; depth <= query.Depth && frontier.Count > 0 && !full; depth++)
        {
            var level = await Steps
                .ExpandAsync(store, frontier, query.Direction, query.Types, filter, query.NodeLimit, cancellationToken)
                .ConfigureAwait(false);
            truncated |= level.Capped;
            var next = new List<EntityId>();
            // Steps come ordered by the entity reached, so which entities a full level keeps is the same on every backend.
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

        var entities = await Entities.LoadAsync(store, distances.Keys, cancellationToken).ConfigureAwait(false);
        var nodes = distances
            .Where(d => entities.ContainsKey(d.Key))
            .OrderBy(d => d.Value).ThenBy(d => d.Key.Value, StringComparer.Ordinal)
            .Select(d => new NeighborhoodNode(entities[d.Key], d.Value))
            .ToList();
        var types = filter.TypesToWalk(query.Types);
        var edges = !query.WithEdges || types is { Count: 0 }
            ? []
            : await store.GetRelationsAmongAsync(distances.Keys.ToList(), types, cancellationToken).ConfigureAwait(false);
        return new Neighborhood(nodes, edges, truncated);
    }
}
