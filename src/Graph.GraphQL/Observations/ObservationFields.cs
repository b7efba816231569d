using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Indicators;
using Graph.GraphQL.Loading;
using Graph.GraphQL.Queries;
using Graph.GraphQL.Relay;
using Graph.GraphQL.Scalars;
using GraphQL;
using GraphQL.Types;

namespace Graph.GraphQL.Observations;

/// <summary>Observation fields shared by the root query and the entity types.</summary>
internal static class ObservationFields
{
    public const string CursorScope = "observations";

    /// <summary>The description of every <c>includeTargets</c> argument.</summary>
    public const string IncludeTargetsDescription =
        "Whether goals and plans (`isTarget: true`: 力争, 计划) are returned beside reported outcomes; false keeps outcomes only.";

    /// <summary><c>observations(indicator, from, to, first)</c> on a subject, batched across siblings.</summary>
    public static void AddSubjectObservations(ObjectGraphType<Entity> type, string description) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationGraphType>>>>("observations")
            .Description(description)
            .Argument<IdGraphType>("indicator", "Only this indicator.")
            .Argument<IsoDateGraphType>("from", "Only periods that end on or after this date.")
            .Argument<IsoDateGraphType>("to", "Only periods that start on or before this date.")
            .Argument<NonNullGraphType<BooleanGraphType>>("includeTargets", IncludeTargetsDescription, a => a.DefaultValue = true)
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = EntityFields.DefaultFirst)
            .Resolve(c =>
            {
                var indicator = c.GetArgument<string?>("indicator") is { } id ? EntityIds.Decode(id, EntityKind.Indicator) : (EntityId?)null;
                var slice = new ObservationSlice(
                    indicator, c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"), c.First(), c.GetArgument<bool>("includeTargets"));
                return c.Loaders().Observations.Load(new ObservationKey(c.Source.Id, slice));
            });

    public const string LastDescription = "Page size from the end (the figures just before `before`, or the last ones).";

    /// <summary><c>observations(subject, from, to, first, after, last, before)</c> on an indicator, as a connection.</summary>
    public static void AddIndicatorObservations(IndicatorGraphType type) =>
        type.Field<NonNullGraphType<ConnectionGraphType<ObservationGraphType, Observation>>>("observations")
            .Description("Reported values of this indicator.")
            .Argument<IdGraphType>("subject", "Only this subject.")
            .Argument<IsoDateGraphType>("from")
            .Argument<IsoDateGraphType>("to")
            .Argument<NonNullGraphType<BooleanGraphType>>("includeTargets", IncludeTargetsDescription, a => a.DefaultValue = true)
            .Argument<IntGraphType>("first", $"Page size from the start; {EntityFields.DefaultFirst} when neither first nor last is given.")
            .Argument<StringGraphType>("after")
            .Argument<IntGraphType>("last", LastDescription)
            .Argument<StringGraphType>("before")
            .ResolveAsync(async c => await QueryAsync(c, [c.Source.Id], SubjectArgument(c)).ConfigureAwait(false));

    /// <summary>Runs a paged observation query from the standard arguments.</summary>
    public static async Task<ConnectionPage<Observation>> QueryAsync(
        IResolveFieldContext context, IReadOnlyCollection<EntityId>? indicators, IReadOnlyCollection<EntityId>? subjects)
    {
        var (size, fromEnd) = EntityListQueries.PageSize(context);
        var after = Cursor.Decode(CursorScope, context.GetArgument<string?>("after"));
        var before = Cursor.Decode(CursorScope, context.GetArgument<string?>("before"));
        var query = new ObservationQuery(
            size,
            after,
            indicators,
            subjects,
            context.GetArgument<DateOnly?>("from"),
            context.GetArgument<DateOnly?>("to"),
            IncludeTargets: context.GetArgument("includeTargets", true),
            Before: before,
            FromEnd: fromEnd);
        var store = context.Store();
        var page = await store.GetObservationsAsync(query, context.CancellationToken).ConfigureAwait(false);
        return ConnectionPage<Observation>.FromBothWays(page, CursorScope, token => store.CountObservationsAsync(query, token));
    }

    private static EntityId[]? SubjectArgument(IResolveFieldContext context) =>
        context.GetArgument<string?>("subject") is { } id ? [EntityIds.Decode(id)] : null;
}
