using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>
/// A store that passes every call to an inner one, for decorators (telemetry, fault translation, test interception).
/// Every task-returning call goes through <see cref="InvokeAsync{T}"/> or <see cref="InvokeAsync"/>, and every stream
/// through <see cref="Stream{T}"/>, named by its operation, so a decorator overrides the hook it needs, or one member.
/// Disposing the decorator disposes the inner store.
/// </summary>
public abstract class DelegatingGraphStore(IGraphStore inner) : IGraphStore, IAsyncDisposable, IDisposable
{
    /// <summary>The store every call is passed to.</summary>
    public IGraphStore Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    public virtual Task InitializeAsync(CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(InitializeAsync), Inner.InitializeAsync, cancellationToken);

    public virtual Task CheckHealthAsync(CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(CheckHealthAsync), Inner.CheckHealthAsync, cancellationToken);

    public virtual Task<UpsertResult> UpsertAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(UpsertAsync), ct => Inner.UpsertAsync(batch, ct), cancellationToken);

    public virtual Task<UpsertResult> ReplaceDocumentAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(ReplaceDocumentAsync), ct => Inner.ReplaceDocumentAsync(batch, ct), cancellationToken);

    public virtual Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityId> ids, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetEntitiesAsync), ct => Inner.GetEntitiesAsync(ids, ct), cancellationToken);

    public virtual Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(ListEntitiesAsync), ct => Inner.ListEntitiesAsync(query, ct), cancellationToken);

    public virtual Task<long> CountEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(CountEntitiesAsync), ct => Inner.CountEntitiesAsync(query, ct), cancellationToken);

    public virtual Task<long> CountSearchHitsAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(CountSearchHitsAsync), ct => Inner.CountSearchHitsAsync(query, ct), cancellationToken);

    public virtual Task<IReadOnlyDictionary<EntityId, long>> CountRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(CountRelationsAsync), ct => Inner.CountRelationsAsync(query, ct), cancellationToken);

    public virtual Task<long> CountObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(CountObservationsAsync), ct => Inner.CountObservationsAsync(query, ct), cancellationToken);

    public virtual Task<IReadOnlyList<AnchoredRelation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetRelationsAsync), ct => Inner.GetRelationsAsync(query, ct), cancellationToken);

    public virtual Task<IReadOnlyList<Relation>> GetRelationsByIdAsync(
        IReadOnlyCollection<RelationId> ids, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetRelationsByIdAsync), ct => Inner.GetRelationsByIdAsync(ids, ct), cancellationToken);

    public virtual Task<StepSet> GetStepsAsync(StepQuery query, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetStepsAsync), ct => Inner.GetStepsAsync(query, ct), cancellationToken);

    public virtual Task<IReadOnlyList<Relation>> GetRelationsAmongAsync(
        IReadOnlyCollection<EntityId> entityIds, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetRelationsAmongAsync), ct => Inner.GetRelationsAmongAsync(entityIds, types, ct), cancellationToken);

    public virtual Task<Page<Observation>> GetObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetObservationsAsync), ct => Inner.GetObservationsAsync(query, ct), cancellationToken);

    public virtual Task<IReadOnlyList<Observation>> GetObservationsByIdAsync(
        IReadOnlyCollection<ObservationId> ids, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetObservationsByIdAsync), ct => Inner.GetObservationsByIdAsync(ids, ct), cancellationToken);

    public virtual Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(SearchAsync), ct => Inner.SearchAsync(query, ct), cancellationToken);

    public virtual Task<IReadOnlyList<Mention>> GetMentionsAsync(IReadOnlyCollection<string> targetIds, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetMentionsAsync), ct => Inner.GetMentionsAsync(targetIds, ct), cancellationToken);

    public virtual Task<IReadOnlyList<DocumentInfo>> GetDocumentsAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetDocumentsAsync), ct => Inner.GetDocumentsAsync(hashes, ct), cancellationToken);

    public virtual Task<IReadOnlyList<DocumentText>> GetDocumentTextsAsync(
        IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetDocumentTextsAsync), ct => Inner.GetDocumentTextsAsync(hashes, ct), cancellationToken);

    public virtual Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        InvokeAsync(nameof(GetStatisticsAsync), Inner.GetStatisticsAsync, cancellationToken);

    public virtual IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default) =>
        Stream(nameof(ReadAllEntitiesAsync), Inner.ReadAllEntitiesAsync, cancellationToken);

    public virtual IAsyncEnumerable<Relation> ReadAllRelationsAsync(CancellationToken cancellationToken = default) =>
        Stream(nameof(ReadAllRelationsAsync), Inner.ReadAllRelationsAsync, cancellationToken);

    public virtual IAsyncEnumerable<Observation> ReadAllObservationsAsync(CancellationToken cancellationToken = default) =>
        Stream(nameof(ReadAllObservationsAsync), Inner.ReadAllObservationsAsync, cancellationToken);

    public virtual IAsyncEnumerable<Mention> ReadAllMentionsAsync(CancellationToken cancellationToken = default) =>
        Stream(nameof(ReadAllMentionsAsync), Inner.ReadAllMentionsAsync, cancellationToken);

    public virtual IAsyncEnumerable<DocumentInfo> ReadAllDocumentsAsync(CancellationToken cancellationToken = default) =>
        Stream(nameof(ReadAllDocumentsAsync), Inner.ReadAllDocumentsAsync, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Inner is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            (Inner as IDisposable)?.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    public void Dispose()
    {
        (Inner as IDisposable)?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Every call that returns a value passes through here, named by its operation.</summary>
    protected virtual Task<T> InvokeAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        call(cancellationToken);

    /// <summary>Every call that returns no value passes through here, named by its operation.</summary>
    protected virtual Task InvokeAsync(string operation, Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        call(cancellationToken);

    /// <summary>Every stream passes through here, named by its operation.</summary>
    protected virtual IAsyncEnumerable<T> Stream<T>(
        string operation, Func<CancellationToken, IAsyncEnumerable<T>> call, CancellationToken cancellationToken) =>
        call(cancellationToken);
}
