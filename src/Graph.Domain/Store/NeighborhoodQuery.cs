using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>All entities within <paramref name="Depth"/> hops of <paramref name="Center"/>, breadth first, at most <paramref name="NodeLimit"/> of them.</summary>
public sealed record NeighborhoodQuery(
    EntityId Center,
    int Depth,
    int NodeLimit,
    IReadOnlyCollection<RelationType>? Types = null,
    RelationDirection Direction = RelationDirection.Both,
    TraversalFilter? Exclude = null)
{
    /// <summary>Throws <see cref="InvalidGraphInputException"/> for arguments no traversal can answer.</summary>
    public void Validate()
    {
        InvalidGraphInputException.ThrowIfNegative(Depth, nameof(Depth));
        InvalidGraphInputException.ThrowIfOutside(NodeLimit, 1, int.MaxValue, nameof(NodeLimit));
    }
}
