using Graph.Analytics.Series;
using Graph.GraphQL.Entities;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary>One subject of a comparison.</summary>
internal sealed class ComparisonRowGraphType : ObjectGraphType<ComparisonRow>
{
    public ComparisonRowGraphType()
    {
        Name = "ComparisonRow";
        Field<NonNullGraphType<IntGraphType>>("rank").Description("1 for the highest base-unit value.").Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<EntityInterfaceGraphType>>("subject").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<SeriesPointGraphType>>("point").Resolve(c => c.Source.Point);
    }
}
