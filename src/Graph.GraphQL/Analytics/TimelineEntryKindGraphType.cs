using Graph.Analytics.Timelines;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary>EVENT or ARTICLE.</summary>
internal sealed class TimelineEntryKindGraphType : EnumerationGraphType<TimelineEntryKind>
{
    public TimelineEntryKindGraphType()
    {
        Name = "TimelineEntryKind";
        Description = "An event the entity took part in, hosted or organized, or an article that mentions it.";
    }
}
