using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Analytics.Series;

/// <summary>One indicator across subjects (places by default) for the period [From, To], the <paramref name="First"/> highest.</summary>
public sealed record ComparisonQuery(EntityId Indicator, DateOnly From, DateOnly To, int First, EntityKind? SubjectKind = EntityKind.Place);
