using Graph.Domain.Model;
using Graph.Storage.Sqlite.Queries;

namespace Graph.Storage.Sqlite.Writing;

/// <summary>
/// Referential integrity: every relation end, observation indicator, subject and article, and every mention's target,
/// article and document must exist in the store or in the batch itself.
/// </summary>
internal sealed partial class BatchUpsert
{

    private async Task CheckReferencesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        var batchEntities = entities.Select(e => e.Id.Value).ToHashSet(StringComparer.Ordinal);
        var referenced = BatchRules.ReferencedEntityIds(_batch);

        referenced.ExceptWith(batchEntities);
        await RequireStoredAsync(KeyedTable.Entities, referenced, "entities", cancellationToken).ConfigureAwait(false);
        await CheckMentionTargetsAsync(batchEntities, cancellationToken).ConfigureAwait(false);
        await CheckMentionDocumentsAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task CheckMentionTargetsAsync(HashSet<string> batchEntities, CancellationToken cancellationToken)
    {
        var targets = BatchRules.MentionTargetsOutside(_batch, batchEntities);
        foreach (var table in new[] { KeyedTable.Entities, KeyedTable.Relations, KeyedTable.Observations })
        {
            if (targets.Count == 0)
            {
                return;
            }

            var stored = await Lookups.ExistingIdsAsync(_connection, _transaction, table, targets, cancellationToken).ConfigureAwait(false);
            targets.ExceptWith(stored);
        }

        if (targets.Count > 0)
        {
            throw BatchRules.Dangling("mentions point at facts", targets);
        }
    }

    private async Task CheckMentionDocumentsAsync(CancellationToken cancellationToken)
    {
        var others = _batch.Mentions
            .Where(m => !string.Equals(m.DocumentHash, _batch.Document.Hash, StringComparison.Ordinal))
            .ToList();
        if (others.Count == 0)
        {
            return;
        }

        var documents = await Lookups
            .LoadDocumentsAsync(_connection, _transaction, others.Select(m => m.DocumentHash).Distinct(), cancellationToken)
            .ConfigureAwait(false);
        BatchRules.RequireMentionsFit(others, documents);
    }

    private async Task RequireStoredAsync(KeyedTable table, HashSet<string> ids, string what, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        ids.ExceptWith(await Lookups.ExistingIdsAsync(_connection, _transaction, table, ids, cancellationToken).ConfigureAwait(false));
        if (ids.Count > 0)
        {
            throw BatchRules.Dangling($"it refers to {what}", ids);
        }
    }
}
