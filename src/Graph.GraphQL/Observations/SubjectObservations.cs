using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Loading;
using Graph.GraphQL.Queries;
using Graph.GraphQL.Relay;
using GraphQL;

namespace Graph.GraphQL.Observations;

/// <summary>
/// The <c>observations</c> connection of a subject (a place, company, organization, event or industry). A first page
/// (neither cursor, not from the end) comes from the per-subject loader: one store call for the figures of every sibling
/// subject, one row more than the page telling whether another follows. Any other page is the subject's own paged read,
/// the one <c>Indicator.observations</c> and the root <c>observations</c> make; both reads order figures alike and hand
/// out the store's cursors (<see cref="StoreCursors.Observation"/>), so a first page's <c>endCursor</c> resumes in it.
/// </summary>
internal static class SubjectObservations
{
    public static async Task<object?> ResolveAsync(IResolveFieldContext<Entity> context)
    {
        var indicator = context.GetArgument<string?>("indicator") is { } id ? EntityIds.Decode(id, EntityKind.Indicator) : (EntityId?)null;
        EntityId[]? indicators = indicator is { } only ? [only] : null;
        var (size, fromEnd) = EntityListQueries.PageSize(context);
        if (fromEnd || context.GetArgument<string?>("after") is not null || context.GetArgument<string?>("before") is not null)
        {
            return await ObservationFields.QueryAsync(context, indicators, [context.Source.Id]).ConfigureAwait(false);
        }

        var from = context.GetArgument<DateOnly?>("from");
        var to = context.GetArgument<DateOnly?>("to");
        var includeTargets = context.GetArgument<bool>("includeTargets");
        var store = context.Store();
        var count = new ObservationQuery(size, IndicatorIds: indicators, SubjectIds: [context.Source.Id], From: from, To: to, IncludeTargets: includeTargets);
        var slice = new ObservationSlice(indicator, from, to, PageBuilder.Limit(size), includeTargets);
        return context.Loaders().Observations.Load(new ObservationKey(context.Source.Id, slice))
            .Select(rows => ConnectionPage<Observation>.FromBothWays(
                PageBuilder.BuildEitherWay(rows, size, fromEnd: false, afterGiven: false, beforeGiven: false, StoreCursors.Observation),
                ObservationFields.CursorScope,
                token => store.CountObservationsAsync(count, token)));
    }
}
