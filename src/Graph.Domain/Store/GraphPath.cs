using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>A path: <c>Nodes[i]</c> and <c>Nodes[i+1]</c> are joined by <c>Edges[i]</c> (in either direction).</summary>
public sealed record GraphPath(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relation> Edges)
{
    public int Length => Edges.Count;
}
