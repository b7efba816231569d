using Graph.Analytics.Traversal;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Analytics.Series;

/// <summary>series and compare: one observation read (bounded), grouping and ranking in memory, one entity read.</summary>
internal sealed class SeriesAnalyzer(IGraphReader store, AnalyticsOptions options)
{
    public async Task<IReadOnlyList<IndicatorSeries>> SeriesAsync(SeriesQuery query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Subjects.Count, options.MaxSubjects, nameof(query.Subjects));
        var subjects = query.Subjects.Distinct().ToList();
        if (subjects.Count == 0)
        {
            return [];
        }

        var page = await store.GetObservationsAsync(
            new ObservationQuery(
                options.MaxObservations, IndicatorIds: [query.Indicator], SubjectIds: subjects, From: query.From, To: query.To),
            cancellationToken).ConfigureAwait(false);
        var entities = await Entities.LoadAsync(store, [query.Indicator, .. subjects], cancellationToken).ConfigureAwait(false);
        if (!entities.TryGetValue(query.Indicator, out var indicator))
        {
            return [];
        }

        var bySubject = page.Items.Select(i => i.Node).Where(o => query.IncludeTargets || !o.IsTarget).ToLookup(o => o.Subject);
        return subjects
            .Where(entities.ContainsKey)
            .Select(s => new IndicatorSeries(entities[s], indicator, SeriesPoints.Build(bySubject[s]), page.HasNextPage))
            .ToList();
    }

    public async Task<Comparison?> CompareAsync(ComparisonQuery query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.First, nameof(query.First));
        var indicator = await Entities.LoadOneAsync(store, query.Indicator, cancellationToken).ConfigureAwait(false);
        if (indicator is null)
        {
            return null;
        }

        var page = await store.GetObservationsAsync(
            new ObservationQuery(options.MaxObservations, IndicatorIds: [query.Indicator], From: query.From, To: query.To),
            cancellationToken).ConfigureAwait(false);
        // Only figures whose period lies inside [From, To]; per subject the one covering most of it, then the latest.
        var best = page.Items.Select(i => i.Node)
            .Where(o => !o.IsTarget && o.PeriodStart >= query.From && o.PeriodEnd <= query.To && o.NormalizedValue is not null)
            .GroupBy(o => o.Subject)
            .Select(g => SeriesPoints.Build(g)
                .OrderByDescending(p => p.PeriodEnd.DayNumber - p.PeriodStart.DayNumber)
                .ThenByDescending(p => p.PeriodEnd)
                .First())
            .ToList();
        var baseUnit = best.GroupBy(p => p.Observation.BaseUnit)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        var subjects = await Entities.LoadAsync(store, best.Select(p => p.Observation.Subject), cancellationToken).ConfigureAwait(false);
        var rows = best
            .Where(p => p.Observation.BaseUnit == baseUnit && subjects.TryGetValue(p.Observation.Subject, out var s) &&
                        (query.SubjectKind is null || s.Kind == query.SubjectKind))
            .OrderByDescending(p => p.Observation.NormalizedValue)
            .ThenBy(p => p.Observation.Subject.Value, StringComparer.Ordinal)
            .ToList();
        var ranked = rows.Take(query.First).Select((p, i) => new ComparisonRow(i + 1, subjects[p.Observation.Subject], p)).ToList();
        return new Comparison(indicator, query.From, query.To, baseUnit, ranked, rows.Count, page.HasNextPage);
    }
}
