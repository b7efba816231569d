using Graph.Analytics.Traversal;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Analytics.Paths;

/// <summary>
/// One shortest path, ignoring direction, however large the hubs on the way: a bidirectional breadth-first search that
/// grows the smaller frontier one level at a time, one store call per level, reading every relation of each entity it
/// expands (no fan-out cap, unlike <see cref="PathFinder"/>). Before each level no path of length ≤ the sum of the two
/// sides' depths exists, so the first level that meets the other side has found a shortest path.
/// </summary>
internal sealed class ShortestPathFinder(IGraphReader store)
{
    public async Task<GraphPath?> FindAsync(PathQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var filter = query.Exclude ?? TraversalFilter.None;
        var ends = await Entities.LoadAsync(store, [query.From, query.To], cancellationToken).ConfigureAwait(false);
        if (!ends.ContainsKey(query.From) || !ends.ContainsKey(query.To))
        {
            return null;
        }

        if (query.From == query.To)
        {
            return new GraphPath([ends[query.From]], []);
        }

        var forward = new TrailSide(query.From);
        var backward = new TrailSide(query.To);
        while (forward.Depth + backward.Depth < query.MaxLength && forward.Frontier.Count > 0 && backward.Frontier.Count > 0)
        {
            var (grow, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            var level = await Steps
                .ExpandAsync(store, grow.Frontier, RelationDirection.Both, query.Types, filter, null, cancellationToken, query.From, query.To)
                .ConfigureAwait(false);
            if (grow.Advance(level.Steps, other) is { } meeting)
            {
                return await LoadAsync(forward.PathTo(meeting), backward.PathTo(meeting), cancellationToken).ConfigureAwait(false);
            }
        }

        return null;
    }

    private async Task<GraphPath> LoadAsync(
        (List<EntityId> Nodes, List<RelationId> Edges) head, (List<EntityId> Nodes, List<RelationId> Edges) tail, CancellationToken cancellationToken)
    {
        // head runs meeting → from and tail meeting → to; the path is head reversed, then tail without the meeting node.
        head.Nodes.Reverse();
        head.Edges.Reverse();
        var nodeIds = head.Nodes.Concat(tail.Nodes.Skip(1)).ToList();
        var edgeIds = head.Edges.Concat(tail.Edges).ToList();
        var entities = await Entities.LoadAsync(store, nodeIds, cancellationToken).ConfigureAwait(false);
        var relations = (await store.GetRelationsByIdAsync(edgeIds, cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Id);
        return new GraphPath(nodeIds.Select(id => entities[id]).ToList(), edgeIds.Select(id => relations[id]).ToList());
    }
}
