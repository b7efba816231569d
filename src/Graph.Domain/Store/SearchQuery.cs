using Graph.Domain.Model;
using Graph.Domain.Store.Filtering;

namespace Graph.Domain.Store;

/// <summary>Full-text search over names and aliases. Two-character Chinese queries must match (大连 → 大连市).</summary>
/// <param name="Where">Conditions every hit must satisfy besides the text and kinds.</param>
public sealed record SearchQuery(
    string Text, int First, string? After = null, IReadOnlyCollection<EntityKind>? Kinds = null, EntityCondition? Where = null)
{
    /// <summary>Throws <see cref="InvalidGraphInputException"/> for arguments no store can answer.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Text);
        InvalidGraphInputException.ThrowIfNegative(First, nameof(First));
        ConditionChecks.Validate(Where, nameof(Where));
    }
}
