using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;
using Graph.Storage.Neo4j.Paging;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    private const string ObservationCursorTag = "observations";

    public async Task<Page<Observation>> GetObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ThrowHelper.ThrowIfNegative(query.First, nameof(query.First));
        if (query.FirstPerSubject && query.After is not null)
        {
            throw new ArgumentException("A per-subject observation query cannot resume after a cursor.", nameof(query));
        }

        string[]? after = null;
        if (query.After is not null)
        {
            after = KeysetCursor.DecodeRequired(query.After, ObservationCursorTag, 4, nameof(query.After));
            if (!ScalarValues.TryParseDate(after[2], out _))
            {
                throw KeysetCursor.Malformed(query.After, nameof(query.After));
            }
        }

        var parameters = new Dictionary<string, object?>
        {
            ["indicators"] = query.IndicatorIds is { Count: > 0 } i ? Distinct(i.Select(x => x.Value)) : null,
            ["subjects"] = query.SubjectIds is { Count: > 0 } s ? Distinct(s.Select(x => x.Value)) : null,
            ["from"] = query.From,
            ["to"] = query.To,
            ["includeTargets"] = query.IncludeTargets,
        };
        if (query.FirstPerSubject)
        {
            parameters["perSubject"] = (long)query.First + 1;
            var all = (await QueryAsync(CypherCatalog.ObservationsPerSubject, parameters, cancellationToken).ConfigureAwait(false))
                .Select(r => Records.Observation(r["o"])).ToList();
            var items = new List<PageItem<Observation>>();
            var hasMore = false;
            foreach (var subject in all.GroupBy(o => o.Subject))
            {
                var kept = subject.Take(query.First).ToList();
                hasMore |= kept.Count < subject.Count();
                items.AddRange(kept.Select(o => new PageItem<Observation>(o, ObservationCursor(o))));
            }

            return new Page<Observation>(items, hasMore);
        }

        parameters["afterSubject"] = after?[0];
        parameters["afterIndicator"] = after?[1];
        parameters["afterStart"] = after is null ? null : DateOnly.ParseExact(after[2], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        parameters["afterId"] = after?[3];
        parameters["limit"] = PageBuilder.Limit(query.First);
        var rows = (await QueryAsync(CypherCatalog.ObservationsPage, parameters, cancellationToken).ConfigureAwait(false))
            .Select(r => Records.Observation(r["o"])).ToList();
        return PageBuilder.Build(rows, query.First, ObservationCursor);
    }

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

    private static string ObservationCursor(Observation o) =>
        KeysetCursor.Encode(ObservationCursorTag, o.Subject.Value, o.Indicator.Value, ScalarValues.DateText(o.PeriodStart), o.Id.Value);
}
