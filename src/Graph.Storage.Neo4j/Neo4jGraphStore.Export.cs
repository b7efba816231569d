using System.Runtime.CompilerServices;
using Graph.Bolt;
using Graph.Domain.Model;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Export;
using Graph.Storage.Neo4j.Faults;
using Graph.Storage.Neo4j.Mapping;

namespace Graph.Storage.Neo4j;

/// <summary>
/// Export streams: one auto-commit read query each, index-ordered so the first record comes at once, its records pulled a
/// fetch-size batch at a time as the caller enumerates, so memory stays flat whatever the graph's size. Each carries
/// <see cref="Neo4jGraphStoreOptions.ExportTimeout"/> as its transaction timeout.
/// </summary>
internal sealed partial class Neo4jGraphStore
{
    public IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(CypherCatalog.AllEntities, r => Records.Entity(r["e"]), cancellationToken);

    /// <summary>
    /// One stream per relationship type, each in ID order from its type's index, merged into one ID order. The streams are
    /// open together, so the export holds one pooled connection per relationship type until it ends.
    /// </summary>
    public IAsyncEnumerable<Relation> ReadAllRelationsAsync(CancellationToken cancellationToken = default) =>
        OrderedMerge.MergeAsync(
            RelationTypes.All.Select(t => StreamAsync(CypherCatalog.AllRelationsOfType(t), Records.Relation, cancellationToken)).ToList(),
            r => r.Id.Value,
            cancellationToken);

    public IAsyncEnumerable<Observation> ReadAllObservationsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(CypherCatalog.AllObservations, r => Records.Observation(r["o"]), cancellationToken);

    public IAsyncEnumerable<Mention> ReadAllMentionsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(CypherCatalog.AllMentions, r => Records.Mention(r["m"]), cancellationToken);

    public IAsyncEnumerable<DocumentInfo> ReadAllDocumentsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(CypherCatalog.AllDocuments, r => Records.Document(r["document"]), cancellationToken);

    private async IAsyncEnumerable<T> StreamAsync<T>(
        string statement, Func<BoltRecord, T> map, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var result = await GuardAsync(
            ct => _driver.RunAsync(statement, null, AccessMode.Read, _exportTransaction, ct), cancellationToken).ConfigureAwait(false);
        await using (((IAsyncDisposable)result).ConfigureAwait(false))
        {
            var records = result.GetAsyncEnumerator(cancellationToken);
            await using (records.ConfigureAwait(false))
            {
                // A yield cannot sit inside a try with a catch, so only the step to the next record is guarded.
                while (await NextAsync(records, cancellationToken).ConfigureAwait(false))
                {
                    yield return map(records.Current);
                }
            }
        }
    }

    private async Task<bool> NextAsync(IAsyncEnumerator<BoltRecord> records, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await records.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (StoreFaults.Translate(exception, _options.Uri, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }
}
