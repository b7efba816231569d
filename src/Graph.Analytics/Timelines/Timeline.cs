using Graph.Domain.Model;

namespace Graph.Analytics.Timelines;

/// <summary>An entity's events and articles by date, oldest first; undated entries come last.</summary>
/// <param name="HasMore">True when more entries matched than were returned.</param>
/// <param name="Truncated">True when the entity has more relations than were read (a hub), so entries may be missing.</param>
public sealed record Timeline(Entity Entity, IReadOnlyList<TimelineEntry> Entries, bool HasMore, bool Truncated);
