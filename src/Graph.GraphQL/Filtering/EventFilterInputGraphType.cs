namespace Graph.GraphQL.Filtering;

/// <summary><c>EventFilter</c>: the <c>where</c> of <c>events</c> (Location, Figures).</summary>
internal sealed class EventFilterInputGraphType : KindFilterInputGraphType<EventFilterInputGraphType>
{
    public EventFilterInputGraphType()
        : base(
            "EventFilter", "events", KindFilterFields.Location | KindFilterFields.Figures,
            locatedIn: "Only events held directly in this place (HELD_IN); see `within` for the hierarchy.",
            dates: new KindDates("span (first to last day)", "the first day", "the last day"))
    {
    }
}
