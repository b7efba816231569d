using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.GraphQL.Loading;

/// <summary>Observations by ID, for <c>node(id)</c>.</summary>
internal sealed class ObservationByIdLoader(IGraphReader store) : BatchLoader<ObservationId, Observation?>
{
    protected override async Task<IReadOnlyDictionary<ObservationId, Observation?>> FetchAsync(
        IReadOnlyList<ObservationId> keys, CancellationToken cancellationToken)
    {
        var observations = await store.GetObservationsByIdAsync(keys, cancellationToken).ConfigureAwait(false);
        return observations.ToDictionary(o => o.Id, o => (Observation?)o);
    }

    protected override Observation? Missing(ObservationId key) => null;
}
