using Graph.Domain.Model;
using Graph.GraphQL.Articles;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Indicators;
using Graph.GraphQL.Provenance;
using Graph.GraphQL.Relay;
using Graph.GraphQL.Scalars;
using GraphQL.Types;

namespace Graph.GraphQL.Observations;

/// <summary>A reported figure: indicator, subject, value with unit and base-unit value, period, year-on-year change.</summary>
internal sealed class ObservationGraphType : ObjectGraphType<Observation>
{
    public const string TypeName = "Observation";

    public ObservationGraphType()
    {
        Name = TypeName;
        Description = "A figure reported for a subject over a period, with its unit, base-unit value and year-on-year change.";
        IsTypeOf = value => value is Observation;
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id.Value));
        Field<NonNullGraphType<IndicatorGraphType>>("indicator").Resolve(c => c.Loaders().Entities.Load(c.Source.Indicator));
        Field<NonNullGraphType<EntityInterfaceGraphType>>("subject")
            .Description("What the figure is about: a place, company, organization or industry.")
            .Resolve(c => c.Loaders().Entities.Load(c.Source.Subject));
        Field<NonNullGraphType<FloatGraphType>>("value").Description("The number as written, in `unit`.").Resolve(c => (double)c.Source.Value);
        Field<NonNullGraphType<StringGraphType>>("unit").Description("The unit as written: 万美元, 亿元, %...").Resolve(c => c.Source.Unit);
        Field<FloatGraphType>("normalizedValue")
            .Description("The value in `baseUnit` (167850 万美元 → 1678500000 USD).")
            .Resolve(c => (double?)c.Source.NormalizedValue);
        Field<StringGraphType>("baseUnit")
            .Description("USD, CNY, persons, percent, percentage_points, count.")
            .Resolve(c => c.Source.BaseUnit);
        Field<NonNullGraphType<IsoDateGraphType>>("periodStart").Resolve(c => c.Source.PeriodStart);
        Field<NonNullGraphType<IsoDateGraphType>>("periodEnd").Resolve(c => c.Source.PeriodEnd);
        Field<FloatGraphType>("yoyPct")
            .Description("Year-on-year change in percent; negative for a fall.")
            .Resolve(c => (double?)c.Source.YoyPct);
        Field<NonNullGraphType<BooleanGraphType>>("isTarget")
            .Description("True for a goal or plan (力争, 计划) rather than a reported outcome.")
            .Resolve(c => c.Source.IsTarget);
        Field<StringGraphType>("unresolvedPeriod")
            .Description(
                "Null when the period is known. Otherwise the period as the text writes it (今年1—7月 in a document that never says " +
                "which year), or an empty string when the text gives the figure none; `periodStart` and `periodEnd` then keep its " +
                "months and days in year 1, so no date-range filter selects it.")
            .Resolve(c => c.Source.UnresolvedPeriod);
        Field<NonNullGraphType<ArticleGraphType>>("article").Resolve(c => c.Loaders().Entities.Load(c.Source.Article));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentionGraphType>>>>("evidence")
            .Description("The clause that states the figure.")
            .Resolve(c => c.Loaders().Mentions.Load(c.Source.Id.Value));
    }
}
