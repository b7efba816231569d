using Graph.Domain.Identity;
using Graph.Domain.Store;

namespace Graph.Analytics.Paths;

/// <summary>One side of <see cref="ShortestPathFinder"/>'s search: what it reached, by which relation, and its frontier.</summary>
internal sealed class TrailSide
{
    private readonly Dictionary<EntityId, (EntityId? Parent, RelationId? Relation)> _reached = [];

    public TrailSide(EntityId origin)
    {
        _reached[origin] = (null, null);
        Frontier = [origin];
    }

    public List<EntityId> Frontier { get; private set; }

    public int Depth { get; private set; }

    /// <summary>Takes one level of steps; returns the least entity (by ID) the other side has also reached.</summary>
    public EntityId? Advance(IReadOnlyList<RelationStep> steps, TrailSide other)
    {
        var next = new List<EntityId>();
        EntityId? meeting = null;
        // Steps come ordered by the entity reached and then relation ID, so each entity keeps its least relation as parent.
        foreach (var step in steps)
        {
            if (_reached.TryAdd(step.Other, (step.Anchor, step.Relation)))
            {
                next.Add(step.Other);
                if (meeting is null && other._reached.ContainsKey(step.Other))
                {
                    meeting = step.Other;
                }
            }
        }

        Frontier = next;
        Depth++;
        return meeting;
    }

    /// <summary>The entities from <paramref name="node"/> back to the origin, and the relations between them.</summary>
    public (List<EntityId> Nodes, List<RelationId> Edges) PathTo(EntityId node)
    {
        var nodes = new List<EntityId> { node };
        var edges = new List<RelationId>();
        var current = node;
        while (_reached[current] is { Parent: { } parent, Relation: { } relation })
        {
            edges.Add(relation);
            nodes.Add(parent);
            current = parent;
        }

        return (nodes, edges);
    }
}
