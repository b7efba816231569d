using Graph.Bolt;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;

namespace Graph.Storage.Neo4j.Writing;

/// <summary>
/// One batch inside one write transaction: read what exists (document, entities, referenced facts), check references,
/// merge entities in memory, then write with <c>UNWIND $rows ... MERGE</c> in chunks. Runs again from the start if the
/// managed transaction retries, so it keeps no state between attempts.
/// </summary>
internal sealed partial class BatchWriter(BoltTransaction tx, GraphBatch batch, int chunkSize, DateTimeOffset now)
{
    private const int MissingShown = 5;

    public async Task<UpsertResult> RunAsync(CancellationToken cancellationToken)
    {
        var entities = EntityMerge.Collapse(batch.Entities);
        var documentKnown = (await ReadAsync(CypherCatalog.DocumentExists, new() { ["hash"] = batch.Document.Hash }, cancellationToken)
            .ConfigureAwait(false)).Count > 0;
        var stored = (await ReadAsync(CypherCatalog.EntitiesById, new() { ["ids"] = Ids(entities.Select(e => e.Id.Value)) }, cancellationToken)
                .ConfigureAwait(false))
            .Select(r => Records.Entity(r["e"]))
            .ToDictionary(e => e.Id.Value, StringComparer.Ordinal);
        await CheckReferencesAsync(entities, cancellationToken).ConfigureAwait(false);

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
