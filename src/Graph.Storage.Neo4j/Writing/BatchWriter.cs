using Graph.Bolt;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;

namespace Graph.Storage.Neo4j.Writing;

/// <summary>
/// One batch inside one write transaction: lock and read the entities it writes or refers to, check references, merge
/// entities in memory, then write with <c>UNWIND $rows ... MERGE</c> in chunks. The locks (see
/// <see cref="CypherCatalog.LockEntities"/>) make the read-merge-write of an entity safe against a concurrent batch, which
/// waits for this one's commit and then reads what it wrote. Runs again from the start if the managed transaction retries,
/// so it keeps no state between attempts.
/// </summary>
internal sealed partial class BatchWriter(BoltTransaction tx, GraphBatch batch, int chunkSize, DateTimeOffset now)
{
    public async Task<UpsertResult> RunAsync(CancellationToken cancellationToken)
    {
        var entities = EntityMerge.Collapse(batch.Entities);
        var documentKnown = (await ReadAsync(CypherCatalog.DocumentExists, new() { ["hash"] = batch.Document.Hash }, cancellationToken)
            .ConfigureAwait(false)).Count > 0;
        var stored = (await LockEntitiesAsync(entities, cancellationToken).ConfigureAwait(false))
            .ToDictionary(e => e.Id.Value, StringComparer.Ordinal);
        await CheckReferencesAsync(entities, stored, cancellationToken).ConfigureAwait(false);

        var created = new List<EntityId>();
        var updated = new List<EntityId>();
        var writes = new List<Entity>();
        foreach (var entity in entities)
        {
            if (!stored.TryGetValue(entity.Id.Value, out var existing))
            {
                created.Add(entity.Id);
                writes.Add(entity);
                continue;
            }

            var merged = EntityMerge.Merge(existing, entity);
            if (!EntityMerge.SameContent(existing, merged))
            {
                updated.Add(entity.Id);
                writes.Add(merged);
            }
        }

        var newRelations = await CountNewAsync(CypherCatalog.RelationsById, batch.Relations.Select(r => r.Id.Value), cancellationToken).ConfigureAwait(false);
        var newObservations = await CountNewAsync(CypherCatalog.ExistingObservationIds, batch.Observations.Select(o => o.Id.Value), cancellationToken)
            .ConfigureAwait(false);
        var mentionKeys = batch.Mentions.Select(Rows.MentionKey).Distinct(StringComparer.Ordinal).ToList();
        var existingMentions = (await ReadAsync(CypherCatalog.ExistingMentionKeys, new() { ["keys"] = mentionKeys }, cancellationToken).ConfigureAwait(false)).Count;

        await WriteAsync(CypherCatalog.MergeDocument, new() { ["document"] = Rows.Document(batch.Document, now) }, cancellationToken).ConfigureAwait(false);
        if (batch.DocumentText is { } text)
        {
            await WriteAsync(CypherCatalog.SetDocumentText, new() { ["hash"] = batch.Document.Hash, ["text"] = text }, cancellationToken)
                .ConfigureAwait(false);
        }

        foreach (var kind in writes.GroupBy(e => e.Kind))
        {
            await WriteChunksAsync(CypherCatalog.MergeEntities(kind.Key), kind.Select(Rows.Entity), cancellationToken).ConfigureAwait(false);
        }

        foreach (var type in batch.Relations.GroupBy(r => r.Type))
        {
            await WriteChunksAsync(CypherCatalog.MergeRelations(type.Key), type.Select(Rows.Relation), cancellationToken).ConfigureAwait(false);
        }

        await WriteChunksAsync(CypherCatalog.MergeObservations, batch.Observations.Select(Rows.Observation), cancellationToken).ConfigureAwait(false);
        await WriteChunksAsync(CypherCatalog.MergeMentions, batch.Mentions.Select(Rows.Mention), cancellationToken).ConfigureAwait(false);
        return new UpsertResult(documentKnown, created, updated, newRelations, newObservations, mentionKeys.Count - existingMentions);
    }

    /// <summary>
    /// Locks the batch's entities and the stored ones it refers to, in ordinal ID order, and returns those stored. A node
    /// deleted while this transaction waited for its lock (a concurrent replacement found it orphaned) fails the statement
    /// retryably (<see cref="ConcurrentDeletion"/>): the rerun creates it afresh or reports the reference as dangling.
    /// </summary>
    private async Task<List<Entity>> LockEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        var ids = new SortedSet<string>(entities.Select(e => e.Id.Value), StringComparer.Ordinal);
        ids.UnionWith(BatchRules.ReferencedEntityIds(batch));
        try
        {
            return (await ReadAsync(CypherCatalog.LockEntities, new() { ["ids"] = ids.ToList() }, cancellationToken).ConfigureAwait(false))
                .Select(r => Records.Entity(r["e"]))
                .ToList();
        }
        catch (ClientException exception) when (ConcurrentDeletion.Is(exception))
        {
            throw ConcurrentDeletion.Retryable(exception);
        }
    }

    private async Task<int> CountNewAsync(string statement, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var distinct = Ids(ids);
        if (distinct.Count == 0)
        {
            return 0;
        }

        var existing = await ReadAsync(statement, new() { ["ids"] = distinct }, cancellationToken).ConfigureAwait(false);
        return distinct.Count - existing.Count;
    }

    private async Task WriteChunksAsync(string statement, IEnumerable<Dictionary<string, object?>> rows, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(chunkSize))
        {
            await WriteAsync(statement, new() { ["rows"] = chunk }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var result = await tx.RunAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        await result.ConsumeAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<BoltRecord>> ReadAsync(string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = await tx.RunAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        return await result.ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private static List<string> Ids(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).ToList();
}
