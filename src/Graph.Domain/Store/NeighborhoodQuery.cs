using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>
/// All entities within <paramref name="Depth"/> hops of <paramref name="Center"/>, breadth first, at most
/// <paramref name="NodeLimit"/> of them; the relations among them only when <paramref name="WithEdges"/> (reading them costs
/// more than the walk itself, and a caller that shows only the nodes should not pay for them).
/// </summary>
public sealed record NeighborhoodQuery(
    EntityId Center,
    int Depth,
    int NodeLimit,
    IReadOnlyCollection<RelationType>? Types = null,
    RelationDirection Direction = RelationDirection.Both,
    TraversalFilter? Exclude = null,
    bool WithEdges = true)
{
    /// <summary>Throws <see cref="InvalidGraphInputException"/> for arguments no traversal can answer.</summary>
    public void Validate()
    {
        InvalidGraphInputException.ThrowIfNegative(Depth, nameof(Depth));
        InvalidGraphInputException.ThrowIfOutside(NodeLimit, 1, int.MaxValue, nameof(NodeLimit));
    }
}
