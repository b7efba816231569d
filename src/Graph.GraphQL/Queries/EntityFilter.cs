using Graph.Domain.Identity;
using Graph.Domain.Store.Filtering;

namespace Graph.GraphQL.Queries;

/// <summary>
/// The value of a top-level <see cref="EntityFilterInputGraphType"/>: the single-value fields the store serves with its
/// fastest reads, and the rest of the filter as a condition tree.
/// </summary>
internal sealed record EntityFilter(
    string? NameContains = null,
    string? Subtype = null,
    EntityId? LocatedIn = null,
    DateOnly? From = null,
    DateOnly? To = null,
    EntityCondition? Where = null);
