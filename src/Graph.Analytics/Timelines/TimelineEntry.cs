using Graph.Domain.Model;

namespace Graph.Analytics.Timelines;

/// <summary>One dated item of a timeline and the relation that puts it there.</summary>
/// <param name="Date">The event's first day or the article's publication date; null when the source gave none.</param>
public sealed record TimelineEntry(DateOnly? Date, DateOnly? EndDate, TimelineEntryKind Kind, Entity Item, Relation Via);
