using Graph.Analytics.Series;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Indicators;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary>One indicator over time for one subject.</summary>
internal sealed class SeriesGraphType : ObjectGraphType<IndicatorSeries>
{
    public SeriesGraphType()
    {
        Name = "Series";
        Description = "An indicator over time for one subject: one point per period, oldest first.";
        Field<NonNullGraphType<EntityInterfaceGraphType>>("subject").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<IndicatorGraphType>>("indicator").Resolve(c => c.Source.Indicator);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SeriesPointGraphType>>>>("points").Resolve(c => c.Source.Points);
        Field<NonNullGraphType<BooleanGraphType>>("truncated")
            .Description("True when the read bound cut the observations short.")
            .Resolve(c => c.Source.Truncated);
    }
}
