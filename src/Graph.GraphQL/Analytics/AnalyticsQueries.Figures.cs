using Graph.Analytics.Series;
using Graph.Analytics.Timelines;
using Graph.Domain.Model;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Scalars;
using GraphQL;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary><c>series</c>, <c>compare</c> and <c>timeline</c>.</summary>
internal static partial class AnalyticsQueries
{
    private static void AddSeries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SeriesGraphType>>>>("series")
            .WithMetadata(ExpensiveField.MetadataKey, true)
            .Description(
                "An indicator over time for each subject: one point per period, in base units, with the year-on-year change as " +
                "reported or computed from the year before. Goals and plans are left out unless `includeTargets`.")
            .Argument<NonNullGraphType<IdGraphType>>("indicator")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("subjects")
            .Argument<IsoDateGraphType>("from", "Only periods that end on or after this date.")
            .Argument<IsoDateGraphType>("to", "Only periods that start on or before this date.")
            .Argument<NonNullGraphType<BooleanGraphType>>("includeTargets", a => a.DefaultValue = false)
            .ResolveAsync(async c =>
            {
                var analytics = c.Analytics();
                var subjects = c.GetArgument<List<string>>("subjects");
                if (subjects.Count == 0 || subjects.Count > analytics.Options.MaxSubjects)
                {
                    throw new BadUserInputError(
                        $"'subjects' must hold 1 to {analytics.Options.MaxSubjects} IDs; it held {subjects.Count}.");
                }

                var (from, to) = (c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"));
                AnalyticsArguments.RequireOrdered(from, to);
                var seriesQuery = new SeriesQuery(
                    EntityIds.Decode(c.GetArgument<string>("indicator"), EntityKind.Indicator),
                    subjects.Select(s => EntityIds.Decode(s)).ToList(),
                    from,
                    to,
                    c.GetArgument<bool>("includeTargets"));
                return await analytics.SeriesAsync(seriesQuery, c.CancellationToken).ConfigureAwait(false);
            });

    private static void AddCompare(ObjectGraphType query) =>
        query.Field<ComparisonGraphType>("compare")
            .WithMetadata(ExpensiveField.MetadataKey, true)
            .Description(
                "One indicator across subjects (places unless `kind` says otherwise) for the period [from, to], highest first; " +
                "null when the indicator does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("indicator")
            .Argument<NonNullGraphType<IsoDateGraphType>>("from")
            .Argument<NonNullGraphType<IsoDateGraphType>>("to")
            .Argument<EntityKindGraphType>("kind", "Only subjects of this kind; null for any.", a => a.DefaultValue = EntityKind.Place)
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = EntityFields.DefaultFirst)
            .ResolveAsync(async c =>
            {
                var (from, to) = (c.GetArgument<DateOnly>("from"), c.GetArgument<DateOnly>("to"));
                AnalyticsArguments.RequireOrdered(from, to);
                var comparisonQuery = new ComparisonQuery(
                    EntityIds.Decode(c.GetArgument<string>("indicator"), EntityKind.Indicator), from, to, c.Results(),
                    c.GetArgument<EntityKind?>("kind"));
                return await c.Analytics().CompareAsync(comparisonQuery, c.CancellationToken).ConfigureAwait(false);
            });

    private static void AddTimeline(ObjectGraphType query) =>
        query.Field<TimelineGraphType>("timeline")
            .WithMetadata(ExpensiveField.MetadataKey, true)
            .Description(
                "The events an entity took part in and the articles that mention it, by date, within [from, to] when given; null " +
                "when the entity does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("entity")
            .Argument<IsoDateGraphType>("from")
            .Argument<IsoDateGraphType>("to")
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = EntityFields.DefaultFirst)
            .ResolveAsync(async c =>
            {
                var (from, to) = (c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"));
                AnalyticsArguments.RequireOrdered(from, to);
                var timelineQuery = new TimelineQuery(EntityIds.Decode(c.GetArgument<string>("entity")), from, to, c.Results());
                return await c.Analytics().TimelineAsync(timelineQuery, c.CancellationToken).ConfigureAwait(false);
            });
}
