using Graph.Domain.Model;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Observations;
using Graph.GraphQL.Relay;
using Graph.GraphQL.Scalars;
using GraphQL;
using GraphQL.Types;

namespace Graph.GraphQL.Queries;

/// <summary><c>observations(indicator, subject, from, to, first, after)</c> at the root.</summary>
internal static class ObservationQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionGraphType<ObservationGraphType, Observation>>>("observations")
            .Description("Reported figures, filtered by indicator, subject and period overlap, ordered by subject, indicator and period.")
            .Argument<IdGraphType>("indicator")
            .Argument<IdGraphType>("subject")
            .Argument<IsoDateGraphType>("from", "Only periods that end on or after this date.")
            .Argument<IsoDateGraphType>("to", "Only periods that start on or before this date.")
            .Argument<NonNullGraphType<BooleanGraphType>>(
                "includeTargets", ObservationFields.IncludeTargetsDescription, a => a.DefaultValue = true)
            .Argument<IntGraphType>("first", $"Page size from the start; {EntityFields.DefaultFirst} when neither first nor last is given.")
            .Argument<StringGraphType>("after")
            .Argument<IntGraphType>("last", ObservationFields.LastDescription)
            .Argument<StringGraphType>("before")
            .ResolveAsync(async c =>
            {
                var indicator = c.GetArgument<string?>("indicator") is { } i ? EntityIds.Decode(i, EntityKind.Indicator) : (Domain.Identity.EntityId?)null;
                var subject = c.GetArgument<string?>("subject") is { } s ? EntityIds.Decode(s) : (Domain.Identity.EntityId?)null;
                return await ObservationFields.QueryAsync(
                        c, indicator is { } ind ? [ind] : null, subject is { } sub ? [sub] : null)
                    .ConfigureAwait(false);
            });
}
