using Graph.Domain.Model;
using Graph.Storage.Sqlite.Queries;

namespace Graph.Storage.Sqlite.Writing;

/// <summary>
/// Referential integrity: every relation end, observation indicator, subject and article, and every mention's target,
/// article and document must exist in the store or in the batch itself.
/// </summary>
internal sealed partial class BatchUpsert
{
    private const int MissingShown = 5;

    private async Task CheckReferencesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        var batchEntities = entities.Select(e => e.Id.Value).ToHashSet(StringComparer.Ordinal);
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relation in _batch.Relations)
        {
            referenced.Add(relation.From.Value);
            referenced.Add(relation.To.Value);
        }

        foreach (var observation in _batch.Observations)
        {
            referenced.Add(observation.Indicator.Value);
            referenced.Add(observation.Subject.Value);
            referenced.Add(observation.Article.Value);
        }

        foreach (var mention in _batch.Mentions)
        {
            referenced.Add(mention.Article.Value);
        }

        referenced.ExceptWith(batchEntities);
        await RequireStoredAsync(KeyedTable.Entities, referenced, "entities", cancellationToken).ConfigureAwait(false);
        await CheckMentionTargetsAsync(batchEntities, cancellationToken).ConfigureAwait(false);
        await CheckMentionDocumentsAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task CheckMentionTargetsAsync(HashSet<string> batchEntities, CancellationToken cancellationToken)
    {
        var targets = _batch.Mentions.Select(m => m.TargetId).ToHashSet(StringComparer.Ordinal);
        targets.ExceptWith(batchEntities);
        targets.ExceptWith(_batch.Relations.Select(r => r.Id.Value));
        targets.ExceptWith(_batch.Observations.Select(o => o.Id.Value));
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
            throw ThrowHelper.InvalidBatch($"mentions point at facts that are neither stored nor in the batch: {Sample(targets)}.");
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
        foreach (var mention in others)
        {
            if (!documents.TryGetValue(mention.DocumentHash, out var document))
            {
                throw ThrowHelper.InvalidBatch($"a mention of {mention.TargetId} names unknown document {mention.DocumentHash}.");
            }

            if (mention.Span.End > document.Length)
            {
                throw ThrowHelper.InvalidBatch(
                    $"a mention of {mention.TargetId} ends at {mention.Span.End}, past the document's {document.Length} characters.");
            }
        }
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
            throw ThrowHelper.InvalidBatch($"it refers to {what} that are neither stored nor in the batch: {Sample(ids)}.");
        }
    }

    private static string Sample(IEnumerable<string> ids)
    {
        var sorted = ids.Order(StringComparer.Ordinal).ToList();
        var shown = string.Join(", ", sorted.Take(MissingShown));
        return sorted.Count > MissingShown ? $"{shown} and {sorted.Count - MissingShown} more" : shown;
    }
}
