using Graph.Analytics.Timelines;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Relations;
using Graph.GraphQL.Scalars;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary>One dated item of a timeline.</summary>
internal sealed class TimelineEntryGraphType : ObjectGraphType<TimelineEntry>
{
    public TimelineEntryGraphType()
    {
        Name = "TimelineEntry";
        Field<IsoDateGraphType>("date")
            .Description("The event's first day or the article's date; null when unknown.")
            .Resolve(c => c.Source.Date);
        Field<IsoDateGraphType>("endDate").Resolve(c => c.Source.EndDate);
        Field<NonNullGraphType<TimelineEntryKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<EntityInterfaceGraphType>>("item").Resolve(c => c.Source.Item);
        Field<NonNullGraphType<RelationGraphType>>("via")
            .Description("The relation that puts the item on the timeline.")
            .Resolve(c => c.Source.Via);
    }
}
