using Graph.Domain.Model;
using Graph.Domain.Store.Filtering;

namespace Graph.Domain.Store;

/// <summary>Full-text search over names and aliases. Two-character Chinese queries must match (大连 → 大连市).</summary>
/// <param name="After">A cursor from a page of the same query: only hits after it.</param>
/// <param name="Where">Conditions every hit must satisfy besides the text and kinds.</param>
/// <param name="Before">A cursor from a page of the same query: only hits before it.</param>
/// <param name="FromEnd">
/// When true, the page is the last <paramref name="First"/> hits (before <paramref name="Before"/>), still best first:
/// Relay's <c>last</c>.
/// </param>
public sealed record SearchQuery(
    string Text,
    int First,
    string? After = null,
    IReadOnlyCollection<EntityKind>? Kinds = null,
    EntityCondition? Where = null,
    string? Before = null,
    bool FromEnd = false)
{
    /// <summary>Throws <see cref="InvalidGraphInputException"/> for arguments no store can answer.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Text);
        InvalidGraphInputException.ThrowIfNegative(First, nameof(First));
        ConditionChecks.Validate(Where, nameof(Where));
    }
}
