using System.Runtime.CompilerServices;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Server.Tests.Support;

/// <summary>
/// Passes every call to the real store after <see cref="BeforeAsync"/> has seen it: the one place test decorators
/// (counting, fault injection) hook into, so each of them states only what it adds.
/// </summary>
public abstract class InterceptingGraphStore(IGraphStore inner) : IGraphStore, IAsyncDisposable
{
    public IGraphStore Inner => inner;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public async Task<UpsertResult> UpsertAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
        return await inner.UpsertAsync(batch, cancellationToken);
    }

    public async Task<UpsertResult> ReplaceDocumentAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
        return await inner.ReplaceDocumentAsync(batch, cancellationToken);
    }

    public async Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityId> ids, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
        return await inner.GetEntitiesAsync(ids, cancellationToken);
    }

    public async Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
        return await inner.ListEntitiesAsync(query, cancellationToken);
    }

    public async Task<long> CountEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
        return await inner.CountEntitiesAsync(query, cancellationToken);
    }

    public async Task<long> CountSearchHitsAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
        return await inner.CountSearchHitsAsync(query, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<EntityId, long>> CountRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
        return await inner.CountRelationsAsync(query, cancellationToken);
    }

    public async Task<long> CountObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
        return await inner.CountObservationsAsync(query, cancellationToken);
    }

    public async Task<IReadOnlyList<AnchoredRelation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
        return await inner.GetRelationsAsync(query, cancellationToken);
    }

    public async Task<IReadOnlyList<Relation>> GetRelationsByIdAsync(IReadOnlyCollection<RelationId> ids, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
        return await inner.GetRelationsByIdAsync(ids, cancellationToken);
    }

    public async Task<Neighborhood> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
        return await inner.GetNeighborhoodAsync(query, cancellationToken);
    }

    public async Task<GraphPath?> FindShortestPathAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
        return await inner.FindShortestPathAsync(query, cancellationToken);
    }

    public async Task<Page<Observation>> GetObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
        return await inner.GetObservationsAsync(query, cancellationToken);
    }

    public async Task<IReadOnlyList<Observation>> GetObservationsByIdAsync(
        IReadOnlyCollection<ObservationId> ids, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
        return await inner.GetObservationsByIdAsync(ids, cancellationToken);
    }

    public async Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
        return await inner.SearchAsync(query, cancellationToken);
    }

    public async Task<IReadOnlyList<Mention>> GetMentionsAsync(IReadOnlyCollection<string> targetIds, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
        return await inner.GetMentionsAsync(targetIds, cancellationToken);
    }

    public async Task<IReadOnlyList<DocumentInfo>> GetDocumentsAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
        return await inner.GetDocumentsAsync(hashes, cancellationToken);
    }

    public async Task<IReadOnlyList<DocumentText>> GetDocumentTextsAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
        return await inner.GetDocumentTextsAsync(hashes, cancellationToken);
    }

    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
        return await inner.GetStatisticsAsync(cancellationToken);
    }

    public async Task CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        await BeforeAsync(cancellationToken);
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

    /// <summary>Sees each call, by operation name, before the real store does.</summary>
    protected abstract Task BeforeAsync(string operation, CancellationToken cancellationToken);

    private Task BeforeAsync(CancellationToken cancellationToken, [CallerMemberName] string operation = "") =>
        BeforeAsync(operation, cancellationToken);
}
