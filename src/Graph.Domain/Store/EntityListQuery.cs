using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store.Filtering;

namespace Graph.Domain.Store;

/// <summary>Entities of one kind, filtered, in a keyset-paginated order.</summary>
/// <param name="NameContains">Case-insensitive substring of the name or an alias.</param>
/// <param name="LocatedIn">Only entities with a LOCATED_IN or HELD_IN relation to this place.</param>
/// <param name="From">With <paramref name="To"/>: only entities whose [StartDate, EndDate] overlaps the range.</param>
/// <param name="After">A cursor from a page of the same query: only rows after it.</param>
/// <param name="Where">Further conditions, all of which must hold beside the fields above.</param>
/// <param name="ThenBy">Further sort keys after <paramref name="Order"/>; ties are broken by ID last.</param>
/// <param name="Before">A cursor from a page of the same query: only rows before it.</param>
/// <param name="FromEnd">
/// When true, the page is the last <paramref name="First"/> rows (before <paramref name="Before"/>), still in list order:
/// Relay's <c>last</c>.
/// </param>
public sealed record EntityListQuery(
    EntityKind Kind,
    int First,
    string? After = null,
    string? NameContains = null,
    string? Subtype = null,
    EntityId? LocatedIn = null,
    DateOnly? From = null,
    DateOnly? To = null,
    EntityOrder Order = EntityOrder.NameAscending,
    EntityCondition? Where = null,
    IReadOnlyList<EntityOrder>? ThenBy = null,
    string? Before = null,
    bool FromEnd = false)
{
    /// <summary>Throws <see cref="InvalidGraphInputException"/> for arguments no store can answer.</summary>
    public void Validate()
    {
        InvalidGraphInputException.ThrowIfNegative(First, nameof(First));
        ConditionChecks.Validate(Where, nameof(Where));
    }
}
