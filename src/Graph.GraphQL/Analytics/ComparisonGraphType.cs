using Graph.Analytics.Series;
using Graph.GraphQL.Indicators;
using Graph.GraphQL.Scalars;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary>An indicator compared across subjects for one period.</summary>
internal sealed class ComparisonGraphType : ObjectGraphType<Comparison>
{
    public ComparisonGraphType()
    {
        Name = "Comparison";
        Description = "An indicator across subjects for one period, highest first, all rows in one base unit.";
        Field<NonNullGraphType<IndicatorGraphType>>("indicator").Resolve(c => c.Source.Indicator);
        Field<NonNullGraphType<IsoDateGraphType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<IsoDateGraphType>>("to").Resolve(c => c.Source.To);
        Field<StringGraphType>("baseUnit")
            .Description("The unit of every row: the base unit most figures of the period use; figures in others are left out.")
            .Resolve(c => c.Source.BaseUnit);
        Field<NonNullGraphType<IntGraphType>>("subjectCount")
            .Description("Subjects with a comparable figure, before the cut to `first`.")
            .Resolve(c => c.Source.SubjectCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComparisonRowGraphType>>>>("rows").Resolve(c => c.Source.Rows);
        Field<NonNullGraphType<BooleanGraphType>>("truncated")
            .Description("True when the read bound cut the observations short.")
            .Resolve(c => c.Source.Truncated);
    }
}
