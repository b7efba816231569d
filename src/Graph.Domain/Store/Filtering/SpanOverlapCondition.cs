namespace Graph.Domain.Store.Filtering;

/// <summary>
/// The entity's span [StartDate, EndDate] overlaps [From, To] (either bound open); an entity without an end date lasts its
/// start day, and an undated entity never overlaps a bounded range.
/// </summary>
public sealed record SpanOverlapCondition(DateOnly? From, DateOnly? To) : EntityCondition;
