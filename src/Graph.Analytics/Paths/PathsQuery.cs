using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Analytics.Paths;

/// <summary>
/// Up to <paramref name="First"/> simple paths between two entities, ignoring direction: every shortest one first, then
/// near-shortest ones (one link longer), none longer than <paramref name="MaxLength"/>.
/// </summary>
public sealed record PathsQuery(
    EntityId From, EntityId To, int MaxLength, int First, IReadOnlyCollection<RelationType>? Types = null);
