using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Analytics.Paths;

/// <summary>
/// The relations the search has read, as an undirected adjacency held in memory. Paths are enumerated here, so enumerating
/// costs no store calls.
/// </summary>
internal sealed class ExploredGraph
{
    private readonly Dictionary<EntityId, List<(EntityId Other, Relation Relation)>> _adjacency = [];
    private readonly HashSet<string> _relations = new(StringComparer.Ordinal);

    public void Add(Relation relation)
    {
        if (!_relations.Add(relation.Id.Value) || relation.From == relation.To)
        {
            return;
        }

        Link(relation.From, relation.To, relation);
        Link(relation.To, relation.From, relation);
    }

    public IReadOnlyList<(EntityId Other, Relation Relation)> Neighbors(EntityId node) =>
        _adjacency.TryGetValue(node, out var list) ? list : [];

    /// <summary>Hop distances to <paramref name="target"/> within what was read, up to <paramref name="limit"/> hops.</summary>
    public Dictionary<EntityId, int> DistancesTo(EntityId target, int limit)
    {
        var distances = new Dictionary<EntityId, int> { [target] = 0 };
        List<EntityId> frontier = [target];
        for (var depth = 1; depth <= limit && frontier.Count > 0; depth++)
        {
            var next = new List<EntityId>();
            foreach (var node in frontier)
            {
                foreach (var (other, _) in Neighbors(node))
                {
                    if (distances.TryAdd(other, depth))
                    {
                        next.Add(other);
                    }
                }
            }

            frontier = next;
        }

        return distances;
    }

    private void Link(EntityId from, EntityId to, Relation relation)
    {
        if (!_adjacency.TryGetValue(from, out var list))
        {
            _adjacency[from] = list = [];
        }

        list.Add((to, relation));
    }
}
