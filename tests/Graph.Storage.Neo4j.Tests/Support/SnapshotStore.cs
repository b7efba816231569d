using System.Runtime.CompilerServices;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Storage.Neo4j.Tests.Support;

/// <summary>A fixed graph served through the export streams only (all an export reads).</summary>
internal sealed class SnapshotStore(GraphBatch graph) : IGraphExporter
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
