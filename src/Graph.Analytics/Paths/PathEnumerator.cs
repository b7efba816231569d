using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Analytics.Paths;

/// <summary>
/// Depth-first enumeration of simple paths of one exact length over the explored graph, pruned by each node's distance to
/// the target, so it only walks nodes that lie on such a path. Neighbors are tried in ID order, so the result is stable.
/// </summary>
internal static class PathEnumerator
{
    public static List<(List<EntityId> Nodes, List<Relation> Edges)> Enumerate(
        ExploredGraph graph, EntityId from, EntityId to, int length, Dictionary<EntityId, int> distanceToTarget, int limit)
    {
        var found = new List<(List<EntityId>, List<Relation>)>();
        var nodes = new List<EntityId> { from };
        var edges = new List<Relation>();
        var onPath = new HashSet<EntityId> { from };
        Walk(from);
        return found;

        void Walk(EntityId node)
        {
            if (found.Count >= limit)
            {
                return;
            }

            if (node == to)
            {
                if (edges.Count == length)
                {
                    found.Add(([.. nodes], [.. edges]));
                }

                return;
            }

            var remaining = length - edges.Count;
            var steps = graph.Neighbors(node)
                .Where(s => !onPath.Contains(s.Other) && distanceToTarget.TryGetValue(s.Other, out var d) && d <= remaining - 1)
                .OrderBy(s => s.Other.Value, StringComparer.Ordinal)
                .ThenBy(s => s.Relation.Id.Value, StringComparer.Ordinal);
            foreach (var (other, relation) in steps)
            {
                nodes.Add(other);
                edges.Add(relation);
                onPath.Add(other);
                Walk(other);
                onPath.Remove(other);
                nodes.RemoveAt(nodes.Count - 1);
                edges.RemoveAt(edges.Count - 1);
                if (found.Count >= limit)
                {
                    return;
                }
            }
        }
    }
}
