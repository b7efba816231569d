using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>Full-text search over names and aliases. Two-character Chinese queries must match (大连 → 大连市).</summary>
public sealed record SearchQuery(string Text, int First, string? After = null, IReadOnlyCollection<EntityKind>? Kinds = null)
{
    /// <summary>Throws <see cref="InvalidGraphInputException"/> for arguments no store can answer.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Text);
        InvalidGraphInputException.ThrowIfNegative(First, nameof(First));
    }
}
