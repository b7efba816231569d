using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>Entities of one kind, filtered, in a keyset-paginated order.</summary>
/// <param name="NameContains">Case-insensitive substring of the name or an alias.</param>
/// <param name="LocatedIn">Only entities with a LOCATED_IN or HELD_IN relation to this place.</param>
/// <param name="From">With <paramref name="To"/>: only entities whose [StartDate, EndDate] overlaps the range.</param>
/// <param name="After">A cursor from a previous page of the same query.</param>
public sealed record EntityListQuery(
    EntityKind Kind,
    int First,
    string? After = null,
    string? NameContains = null,
    string? Subtype = null,
    EntityId? LocatedIn = null,
    DateOnly? From = null,
    DateOnly? To = null,
    EntityOrder Order = EntityOrder.NameAscending)
{
    /// <summary>Throws <see cref="InvalidGraphInputException"/> for arguments no store can answer.</summary>
    public void Validate() => InvalidGraphInputException.ThrowIfNegative(First, nameof(First));
}
