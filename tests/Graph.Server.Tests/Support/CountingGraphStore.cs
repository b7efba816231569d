using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Server.Tests.Support;

/// <summary>Passes every call to the real store and counts calls by operation, to prove batching.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public IGraphStore Inner => inner;

    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls);

    public int TotalCalls => _calls.Values.Sum();

    public void Reset() => _calls.Clear();

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public Task<UpsertResult> UpsertAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        Count(inner.UpsertAsync(batch, cancellationToken));

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityId> ids, CancellationToken cancellationToken = default) =>
        Count(inner.GetEntitiesAsync(ids, cancellationToken));

    public Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default) =>
        Count(inner.ListEntitiesAsync(query, cancellationToken));

    public Task<IReadOnlyList<AnchoredRelation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default) =>
        Count(inner.GetRelationsAsync(query, cancellationToken));

    public Task<IReadOnlyList<Relation>> GetRelationsByIdAsync(IReadOnlyCollection<RelationId> ids, CancellationToken cancellationToken = default) =>
        Count(inner.GetRelationsByIdAsync(ids, cancellationToken));

    public Task<Neighborhood> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default) =>
        Count(inner.GetNeighborhoodAsync(query, cancellationToken));

    public Task<GraphPath?> FindShortestPathAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        Count(inner.FindShortestPathAsync(query, cancellationToken));

    public Task<Page<Observation>> GetObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default) =>
        Count(inner.GetObservationsAsync(query, cancellationToken));

    public Task<IReadOnlyList<Observation>> GetObservationsByIdAsync(
        IReadOnlyCollection<ObservationId> ids, CancellationToken cancellationToken = default) =>
        Count(inner.GetObservationsByIdAsync(ids, cancellationToken));

    public Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        Count(inner.SearchAsync(query, cancellationToken));

    public Task<IReadOnlyList<Mention>> GetMentionsAsync(IReadOnlyCollection<string> targetIds, CancellationToken cancellationToken = default) =>
        Count(inner.GetMentionsAsync(targetIds, cancellationToken));

    public Task<IReadOnlyList<DocumentInfo>> GetDocumentsAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default) =>
        Count(inner.GetDocumentsAsync(hashes, cancellationToken));

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Count(inner.GetStatisticsAsync(cancellationToken));

    public Task CheckHealthAsync(CancellationToken cancellationToken = default) => inner.CheckHealthAsync(cancellationToken);

    public IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllEntitiesAsync(cancellationToken);

    public IAsyncEnumerable<Relation> ReadAllRelationsAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllRelationsAsync(cancellationToken);

    public IAsyncEnumerable<Observation> ReadAllObservationsAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllObservationsAsync(cancellationToken);

    public IAsyncEnumerable<Mention> ReadAllMentionsAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllMentionsAsync(cancellationToken);

    public IAsyncEnumerable<DocumentInfo> ReadAllDocumentsAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllDocumentsAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;

    private Task<T> Count<T>(Task<T> call, [CallerMemberName] string operation = "")
    {
        _calls.AddOrUpdate(operation, 1, (_, n) => n + 1);
        return call;
    }
}
