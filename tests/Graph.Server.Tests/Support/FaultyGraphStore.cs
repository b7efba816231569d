using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Server.Tests.Support;

/// <summary>
/// Fault injection around the real store: reads can be made slow (honouring cancellation) or fail as a store that
/// went down does; writes and everything else pass through.
/// </summary>
public sealed class FaultyGraphStore(IGraphStore inner) : IGraphStore, IAsyncDisposable
{
    /// <summary>Added to every search, statistics and health call.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>When set, search, statistics and health calls throw it.</summary>
    public Exception? Failure { get; set; }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public Task<UpsertResult> UpsertAsync(GraphBatch batch, CancellationToken cancellationToken = default) => inner.UpsertAsync(batch, cancellationToken);

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityId> ids, CancellationToken cancellationToken = default) =>
        inner.GetEntitiesAsync(ids, cancellationToken);

    public Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default) =>
        inner.ListEntitiesAsync(query, cancellationToken);

    public Task<IReadOnlyList<AnchoredRelation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default) =>
        inner.GetRelationsAsync(query, cancellationToken);

    public Task<IReadOnlyList<Relation>> GetRelationsByIdAsync(IReadOnlyCollection<RelationId> ids, CancellationToken cancellationToken = default) =>
        inner.GetRelationsByIdAsync(ids, cancellationToken);

    public Task<Neighborhood> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default) =>
        inner.GetNeighborhoodAsync(query, cancellationToken);

    public Task<GraphPath?> FindShortestPathAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        inner.FindShortestPathAsync(query, cancellationToken);

    public Task<Page<Observation>> GetObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default) =>
        inner.GetObservationsAsync(query, cancellationToken);

    public Task<IReadOnlyList<Observation>> GetObservationsByIdAsync(
        IReadOnlyCollection<ObservationId> ids, CancellationToken cancellationToken = default) =>
        inner.GetObservationsByIdAsync(ids, cancellationToken);

    public async Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        await InjectAsync(cancellationToken);
        return await inner.SearchAsync(query, cancellationToken);
    }

    public Task<IReadOnlyList<Mention>> GetMentionsAsync(IReadOnlyCollection<string> targetIds, CancellationToken cancellationToken = default) =>
        inner.GetMentionsAsync(targetIds, cancellationToken);

    public Task<IReadOnlyList<DocumentInfo>> GetDocumentsAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default) =>
        inner.GetDocumentsAsync(hashes, cancellationToken);

    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        await InjectAsync(cancellationToken);
        return await inner.GetStatisticsAsync(cancellationToken);
    }

    public async Task CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        await InjectAsync(cancellationToken);
        await inner.CheckHealthAsync(cancellationToken);
    }

    public IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default) => inner.ReadAllEntitiesAsync(cancellationToken);

    public IAsyncEnumerable<Relation> ReadAllRelationsAsync(CancellationToken cancellationToken = default) => inner.ReadAllRelationsAsync(cancellationToken);

    public IAsyncEnumerable<Observation> ReadAllObservationsAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllObservationsAsync(cancellationToken);

    public IAsyncEnumerable<Mention> ReadAllMentionsAsync(CancellationToken cancellationToken = default) => inner.ReadAllMentionsAsync(cancellationToken);

    public IAsyncEnumerable<DocumentInfo> ReadAllDocumentsAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllDocumentsAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;

    private async Task InjectAsync(CancellationToken cancellationToken)
    {
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        if (Failure is { } failure)
        {
            throw failure;
        }
    }
}
