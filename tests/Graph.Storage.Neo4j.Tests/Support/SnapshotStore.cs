using System.Runtime.CompilerServices;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Storage.Neo4j.Tests.Support;

/// <summary>A fixed graph served through the export streams only (the other operations are not needed by an export).</summary>
internal sealed class SnapshotStore(GraphBatch graph) : IGraphStore
{
    public IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default) =>
        Stream(graph.Entities.OrderBy(e => e.Id.Value, StringComparer.Ordinal), cancellationToken);

    public IAsyncEnumerable<Relation> ReadAllRelationsAsync(CancellationToken cancellationToken = default) =>
        Stream(graph.Relations.OrderBy(r => r.Id.Value, StringComparer.Ordinal), cancellationToken);

    public IAsyncEnumerable<Observation> ReadAllObservationsAsync(CancellationToken cancellationToken = default) =>
        Stream(graph.Observations.OrderBy(o => o.Id.Value, StringComparer.Ordinal), cancellationToken);

    public IAsyncEnumerable<Mention> ReadAllMentionsAsync(CancellationToken cancellationToken = default) =>
        Stream(graph.Mentions.OrderBy(m => m.TargetId, StringComparer.Ordinal).ThenBy(m => m.Span.Start), cancellationToken);

    public IAsyncEnumerable<DocumentInfo> ReadAllDocumentsAsync(CancellationToken cancellationToken = default) =>
        Stream([graph.Document], cancellationToken);

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<UpsertResult> UpsertAsync(GraphBatch batch, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<UpsertResult> ReplaceDocumentAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityId> ids, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<long> CountEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<long> CountSearchHitsAsync(SearchQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<EntityId, long>> CountRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<long> CountObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<AnchoredRelation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<Relation>> GetRelationsByIdAsync(IReadOnlyCollection<RelationId> ids, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<Neighborhood> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<GraphPath?> FindShortestPathAsync(PathQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Page<Observation>> GetObservationsAsync(ObservationQuery query, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<Observation>> GetObservationsByIdAsync(IReadOnlyCollection<ObservationId> ids, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<Page<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<Mention>> GetMentionsAsync(IReadOnlyCollection<string> targetIds, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<DocumentInfo>> GetDocumentsAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<DocumentText>> GetDocumentTextsAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task CheckHealthAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    private static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return item;
        }
    }
}
