using Graph.Analytics.Series;
using Graph.GraphQL.Observations;
using Graph.GraphQL.Scalars;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary>One period of a series.</summary>
internal sealed class SeriesPointGraphType : ObjectGraphType<SeriesPoint>
{
    public SeriesPointGraphType()
    {
        Name = "SeriesPoint";
        Description = "One period of a series, in the base unit, with the year-on-year change.";
        Field<NonNullGraphType<IsoDateGraphType>>("periodStart").Resolve(c => c.Source.PeriodStart);
        Field<NonNullGraphType<IsoDateGraphType>>("periodEnd").Resolve(c => c.Source.PeriodEnd);
        Field<NonNullGraphType<FloatGraphType>>("value")
            .Description("As written, in `unit`.")
            .Resolve(c => (double)c.Source.Observation.Value);
        Field<NonNullGraphType<StringGraphType>>("unit").Resolve(c => c.Source.Observation.Unit);
        Field<FloatGraphType>("normalizedValue").Description("In `baseUnit`.").Resolve(c => (double?)c.Source.Observation.NormalizedValue);
        Field<StringGraphType>("baseUnit").Resolve(c => c.Source.Observation.BaseUnit);
        Field<FloatGraphType>("yoyPct")
            .Description("Year-on-year change in percent, as reported, else computed from the same period a year earlier.")
            .Resolve(c => (double?)c.Source.YoyPct);
        Field<NonNullGraphType<BooleanGraphType>>("yoyComputed")
            .Description("True when `yoyPct` was computed here rather than reported.")
            .Resolve(c => c.Source.YoyComputed);
        Field<NonNullGraphType<BooleanGraphType>>("isTarget").Resolve(c => c.Source.Observation.IsTarget);
        Field<NonNullGraphType<ObservationGraphType>>("observation")
            .Description("The reported figure behind the point, with its article and evidence.")
            .Resolve(c => c.Source.Observation);
    }
}
