using Graph.Domain.Identity;

namespace Graph.Analytics.Timelines;

/// <summary>The events an entity took part in and the articles that mention it, dated within [From, To], the first <paramref name="First"/> by date.</summary>
public sealed record TimelineQuery(EntityId Entity, DateOnly? From, DateOnly? To, int First);
