using System.Diagnostics;
using System.Runtime.CompilerServices;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Server.Telemetry;

/// <summary>
/// Times every store call (a span and a histogram point tagged with the operation) and passes it to the backend.
/// Owns the backend: disposing this disposes it.
/// </summary>
internal sealed class InstrumentedGraphStore(IGraphStore inner) : IGraphStore, IAsyncDisposable, IDisposable
{
    public Task InitializeAsync(CancellationToken cancellationToken = default) => Time(inner.InitializeAsync(cancellationToken));

    public Task<UpsertResult> UpsertAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        Time(() => inner.UpsertAsync(batch, cancellationToken));

    public Task<UpsertResult> ReplaceDocumentAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        Time(() => inner.ReplaceDocumentAsync(batch, cancellationToken));

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityId> ids, CancellationToken cancellationToken = default) =>
        Time(() => inner.GetEntitiesAsync(ids, cancellationToken));

    public Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default) =>
        Time(() => inner.ListEntitiesAsync(query, cancellationToken));

    public Task<long> CountEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default) =>
        Time(() => inner.CountEntitiesAsync(query, cancellationToken));

    public Task<long> CountSearchHitsAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        Time(() => inner.CountSearchHitsAsync(query, cancellationToken));

    public Task<IReadOnlyDictionary<EntityId, long>> CountRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default) =>
        Time(() => inner.CountRelationsAsync(query, cancellationToken));

    public Task<long> CountObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default) =>
        Time(() => inner.CountObservationsAsync(query, cancellationToken));

    public Task<IReadOnlyList<AnchoredRelation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default) =>
        Time(() => inner.GetRelationsAsync(query, cancellationToken));

    public Task<IReadOnlyList<Relation>> GetRelationsByIdAsync(IReadOnlyCollection<RelationId> ids, CancellationToken cancellationToken = default) =>
        Time(() => inner.GetRelationsByIdAsync(ids, cancellationToken));

    public Task<Neighborhood> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default) =>
        Time(() => inner.GetNeighborhoodAsync(query, cancellationToken));

    public Task<GraphPath?> FindShortestPathAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        Time(() => inner.FindShortestPathAsync(query, cancellationToken));

    public Task<Page<Observation>> GetObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default) =>
        Time(() => inner.GetObservationsAsync(query, cancellationToken));

    public Task<IReadOnlyList<Observation>> GetObservationsByIdAsync(
        IReadOnlyCollection<ObservationId> ids, CancellationToken cancellationToken = default) =>
        Time(() => inner.GetObservationsByIdAsync(ids, cancellationToken));

    public Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        Time(() => inner.SearchAsync(query, cancellationToken));

    public Task<IReadOnlyList<Mention>> GetMentionsAsync(IReadOnlyCollection<string> targetIds, CancellationToken cancellationToken = default) =>
        Time(() => inner.GetMentionsAsync(targetIds, cancellationToken));

    public Task<IReadOnlyList<DocumentInfo>> GetDocumentsAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default) =>
        Time(() => inner.GetDocumentsAsync(hashes, cancellationToken));

    public Task<IReadOnlyList<DocumentText>> GetDocumentTextsAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default) =>
        Time(() => inner.GetDocumentTextsAsync(hashes, cancellationToken));

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Time(() => inner.GetStatisticsAsync(cancellationToken));

    public Task CheckHealthAsync(CancellationToken cancellationToken = default) => Time(inner.CheckHealthAsync(cancellationToken));

    public IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default) => inner.ReadAllEntitiesAsync(cancellationToken);

    public IAsyncEnumerable<Relation> ReadAllRelationsAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllRelationsAsync(cancellationToken);

    public IAsyncEnumerable<Observation> ReadAllObservationsAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllObservationsAsync(cancellationToken);

    public IAsyncEnumerable<Mention> ReadAllMentionsAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllMentionsAsync(cancellationToken);

    public IAsyncEnumerable<DocumentInfo> ReadAllDocumentsAsync(CancellationToken cancellationToken = default) =>
        inner.ReadAllDocumentsAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;

    public void Dispose() => (inner as IDisposable)?.Dispose();

    private static async Task<T> Time<T>(Func<Task<T>> call, [CallerMemberName] string operation = "")
    {
        using var activity = GraphTelemetry.Source.StartActivity("store " + operation, ActivityKind.Client);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await call().ConfigureAwait(false);
        }
        finally
        {
            GraphTelemetry.StoreCallDuration.Record(
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("operation", operation));
        }
    }

    private static async Task Time(Task call, [CallerMemberName] string operation = "")
    {
        using var activity = GraphTelemetry.Source.StartActivity("store " + operation, ActivityKind.Client);
        await call.ConfigureAwait(false);
    }
}
