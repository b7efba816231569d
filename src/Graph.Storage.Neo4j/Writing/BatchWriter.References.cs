using Graph.Domain.Model;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;

namespace Graph.Storage.Neo4j.Writing;

/// <summary>
/// Referential integrity, as in the embedded store: relation ends, observation indicators, subjects and articles, mention
/// articles, targets and documents must be stored already or come with the batch.
/// </summary>
internal sealed partial class BatchWriter
{
    /// <summary>Referenced entities must be in the batch or among <paramref name="stored"/>, which the batch has locked.</summary>
    private async Task CheckReferencesAsync(IReadOnlyList<Entity> entities, Dictionary<string, Entity> stored, CancellationToken cancellationToken)
    {
        var batchEntities = entities.Select(e => e.Id.Value).ToHashSet(StringComparer.Ordinal);
        var referenced = BatchRules.ReferencedEntityIds(batch);
        referenced.ExceptWith(batchEntities);
        referenced.ExceptWith(stored.Keys);
        if (referenced.Count > 0)
        {
            throw BatchRules.Dangling("it refers to entities", referenced);
        }

        var targets = BatchRules.MentionTargetsOutside(batch, batchEntities);
        foreach (var statement in new[] { CypherCatalog.ExistingEntityIds, CypherCatalog.RelationsById, CypherCatalog.ExistingObservationIds })
        {
            if (targets.Count == 0)
            {
                break;
            }

            var found = await ReadAsync(statement, new() { ["ids"] = targets.ToList() }, cancellationToken).ConfigureAwait(false);
            targets.ExceptWith(found.Select(r => (string)r["id"]!));
        }

        if (targets.Count > 0)
        {
            throw BatchRules.Dangling("mentions point at facts", targets);
        }

        await CheckMentionDocumentsAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task CheckMentionDocumentsAsync(CancellationToken cancellationToken)
    {
        var others = batch.Mentions.Where(m => !string.Equals(m.DocumentHash, batch.Document.Hash, StringComparison.Ordinal)).ToList();
        if (others.Count == 0)
        {
            return;
        }

        var documents = (await ReadAsync(
                CypherCatalog.DocumentsByHash, new() { ["hashes"] = others.Select(m => m.DocumentHash).Distinct().ToList() }, cancellationToken)
            .ConfigureAwait(false))
            .Select(r => Records.Document(r["document"]))
            .ToDictionary(d => d.Hash, StringComparer.Ordinal);
        BatchRules.RequireMentionsFit(others, documents);
    }
}
