using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.GraphQL.Loading;

/// <summary>Observations of many subjects at once: one store call per distinct slice, bounded per subject.</summary>
internal sealed class ObservationsBySubjectLoader(IGraphReader store) : BatchLoader<ObservationKey, IReadOnlyList<Observation>>
{
    protected override async Task<IReadOnlyDictionary<ObservationKey, IReadOnlyList<Observation>>> FetchAsync(
        IReadOnlyList<ObservationKey> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<ObservationKey, IReadOnlyList<Observation>>();
        foreach (var group in keys.GroupBy(k => k.Slice))
        {
            var slice = group.Key;
            var query = new ObservationQuery(
                slice.First,
                IndicatorIds: slice.Indicator is { } indicator ? [indicator] : null,
                SubjectIds: group.Select(k => k.Subject).Distinct().ToList(),
                From: slice.From,
                To: slice.To,
                FirstPerSubject: true,
                IncludeTargets: slice.IncludeTargets);
            var page = await store.GetObservationsAsync(query, cancellationToken).ConfigureAwait(false);
            var bySubject = page.Items.Select(i => i.Node).ToLookup(o => o.Subject);
            foreach (var key in group)
            {
                result[key] = bySubject[key.Subject].ToList();
            }
        }

        return result;
    }

    protected override IReadOnlyList<Observation> Missing(ObservationKey key) => [];
}
