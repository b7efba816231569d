using Graph.Analytics.Timelines;
using Graph.GraphQL.Entities;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary>An entity's events and articles by date.</summary>
internal sealed class TimelineGraphType : ObjectGraphType<Timeline>
{
    public TimelineGraphType()
    {
        Name = "Timeline";
        Description = "The events an entity took part in and the articles that mention it, oldest first; undated entries last.";
        Field<NonNullGraphType<EntityInterfaceGraphType>>("entity").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineEntryGraphType>>>>("entries").Resolve(c => c.Source.Entries);
        Field<NonNullGraphType<BooleanGraphType>>("hasMore")
            .Description("True when more entries matched than `first`.")
            .Resolve(c => c.Source.HasMore);
        Field<NonNullGraphType<BooleanGraphType>>("truncated")
            .Description("True when the entity has more relations than were read (a hub), so entries may be missing.")
            .Resolve(c => c.Source.Truncated);
    }
}
