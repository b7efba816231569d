using Graph.Domain.Identity;

namespace Graph.Analytics.Series;

/// <summary>One indicator over time for each of some subjects; periods overlapping [From, To].</summary>
/// <param name="IncludeTargets">Also list goals and plans (力争, 计划), which are left out by default.</param>
public sealed record SeriesQuery(
    EntityId Indicator, IReadOnlyList<EntityId> Subjects, DateOnly? From, DateOnly? To, bool IncludeTargets = false);
