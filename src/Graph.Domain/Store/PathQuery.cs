using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>A shortest path, ignoring direction, of at most <paramref name="MaxLength"/> relations.</summary>
public sealed record PathQuery(
    EntityId From,
    EntityId To,
    int MaxLength,
    IReadOnlyCollection<RelationType>? Types = null,
    TraversalFilter? Exclude = null)
{
    /// <summary>Throws <see cref="InvalidGraphInputException"/> for arguments no traversal can answer.</summary>
    public void Validate() => InvalidGraphInputException.ThrowIfNegative(MaxLength, nameof(MaxLength));
}
