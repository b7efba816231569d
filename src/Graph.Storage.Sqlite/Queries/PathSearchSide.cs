namespace Graph.Storage.Sqlite.Queries;

/// <summary>One side of a bidirectional breadth-first search: what it reached, how, and its current frontier.</summary>
internal sealed class PathSearchSide
{
    private readonly Dictionary<string, (string? Parent, string? Relation)> _reached = new(StringComparer.Ordinal);

    public PathSearchSide(string origin)
    {
        _reached[origin] = (null, null);
        Frontier = [origin];
    }

    public List<string> Frontier { get; private set; }

    public int Depth { get; private set; }

    public bool HasReached(string node) => _reached.ContainsKey(node);

    /// <summary>
    /// Takes one level of <paramref name="steps"/>; returns the least node (by ID) also reached by <paramref name="other"/>.
    /// </summary>
    public string? Advance(List<GraphExpansion.Step> steps, PathSearchSide other)
    {
        var next = new List<string>();
        string? meeting = null;
        // Steps come sorted by the node reached and then relation ID, so each node keeps its least relation as parent.
        foreach (var step in steps)
        {
            if (_reached.TryAdd(step.Other, (step.Anchor, step.RelationId)))
            {
                next.Add(step.Other);
                if (meeting is null && other.HasReached(step.Other))
                {
                    meeting = step.Other;
                }
            }
        }

        Frontier = next;
        Depth++;
        return meeting;
    }

    /// <summary>The nodes from <paramref name="node"/> back to the origin, and the relations between them.</summary>
    public (List<string> Nodes, List<string> Edges) PathTo(string node)
    {
        var nodes = new List<string> { node };
        var edges = new List<string>();
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
