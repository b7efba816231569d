using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    public async Task<Page<Observation>> GetObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var after = query.After is null ? null : StoreCursors.ParseObservation(query.After);

        var parameters = ObservationFilter(query);
        if (query.FirstPerSubject || query.FirstPerIndicator)
        {
            parameters["perKey"] = (long)query.First + 1;
            var keysGiven = (query.FirstPerSubject ? query.SubjectIds : query.IndicatorIds) is { Count: > 0 };
            var perKeyStatement = (query.FirstPerSubject, keysGiven) switch
            {
                (true, true) => CypherCatalog.ObservationsPerGivenSubject,
                (true, false) => CypherCatalog.ObservationsPerSubject,
                (false, true) => CypherCatalog.ObservationsPerGivenIndicator,
                (false, false) => CypherCatalog.ObservationsPerIndicator,
            };
            Func<Observation, EntityId> keyOf = query.FirstPerSubject ? o => o.Subject : o => o.Indicator;
            var all = (await QueryAsync(perKeyStatement, parameters, cancellationToken).ConfigureAwait(false))
                .Select(r => Records.Observation(r["o"])).ToList();
            return PageBuilder.BuildPerKey(all, query.First, keyOf, StoreCursors.Observation);
        }

        parameters["afterSubject"] = after?[0];
        parameters["afterIndicator"] = after?[1];
        parameters["afterStart"] = after is null ? null : DateOnly.ParseExact(after[2], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        parameters["afterId"] = after?[3];
        var before = query.Before is null ? null : StoreCursors.ParseObservation(query.Before, nameof(ObservationQuery.Before));
        parameters["beforeSubject"] = before?[0];
        parameters["beforeIndicator"] = before?[1];
        parameters["beforeStart"] = before is null ? null : DateOnly.ParseExact(before[2], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        parameters["beforeId"] = before?[3];
        parameters["limit"] = (long)PageBuilder.Limit(query.First);
        var statement = query.FromEnd ? CypherCatalog.ObservationsPageFromEnd : CypherCatalog.ObservationsPage;
        var rows = (await QueryAsync(statement, parameters, cancellationToken).ConfigureAwait(false))
            .Select(r => Records.Observation(r["o"])).ToList();
        return PageBuilder.BuildEitherWay(
            rows, query.First, query.FromEnd, query.After is not null, query.Before is not null, StoreCursors.Observation);
    }

    /// <summary>The parameters of an observation query's filter, shared by its page and count statements.</summary>
    private static Dictionary<string, object?> ObservationFilter(ObservationQuery query) => new()
    {
        ["indicators"] = query.IndicatorIds is { Count: > 0 } i ? Distinct(i.Select(x => x.Value)) : null,
        ["subjects"] = query.SubjectIds is { Count: > 0 } s ? Distinct(s.Select(x => x.Value)) : null,
        ["from"] = query.From,
        ["to"] = query.To,
        ["includeTargets"] = query.IncludeTargets,
    };

    public async Task<IReadOnlyList<Observation>> GetObservationsByIdAsync(
        IReadOnlyCollection<ObservationId> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        cancellationToken.ThrowIfCancellationRequested();
        if (ids.Count == 0)
        {
            return [];
        }

        return (await QueryAsync(CypherCatalog.ObservationsById, new() { ["ids"] = Distinct(ids.Select(i => i.Value)) }, cancellationToken)
            .ConfigureAwait(false)).Select(r => Records.Observation(r["o"])).ToList();
    }
}
