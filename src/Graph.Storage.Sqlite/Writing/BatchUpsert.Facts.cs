using Graph.Domain.Model;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Sql;

namespace Graph.Storage.Sqlite.Writing;

/// <summary>
/// Relations, observations and mentions: inserted when absent, never changed once stored. Each list goes in in primary-key
/// order, so the table's B-tree is filled page by page rather than at random (IDs are hashes). All three are inserted by
/// position (<see cref="PositionalInsert"/>): a document's batch holds hundreds of their rows.
/// </summary>
internal sealed partial class BatchUpsert
{
    private int WriteRelations(FactNumbers numbers, CancellationToken cancellationToken)
    {
        using var insert = new PositionalInsert(_connection, SqlCatalog.InsertRelation);
        var created = 0;
        foreach (var relation in KeyOrder.ById(_batch.Relations, static r => r.Id.Value, "rel_"))
        {
            insert.Text(1, relation.Id.Value);
            insert.Text(2, relation.Type.ToName());
            insert.Text(3, relation.From.Value);
            insert.Text(4, relation.To.Value);
            insert.Text(5, JsonColumns.MapOrNull(relation.Properties) as string);
            if (insert.Insert(cancellationToken) > 0)
            {
                // A new relation's number is its rowid; one stored before is looked up with the mentions' other targets.
                numbers.Add(MentionTargetKind.Relation, relation.Id.Value, insert.LastRowId);
                created++;
            }
        }

        return created;
    }

    private int WriteObservations(FactNumbers numbers, CancellationToken cancellationToken)
    {
        using var insert = new PositionalInsert(_connection, SqlCatalog.InsertObservation);
        var created = 0;
        foreach (var observation in KeyOrder.ById(_batch.Observations, static o => o.Id.Value, "obs_"))
        {
            var inserted = insert.Row(
                cancellationToken,
                observation.Id.Value,
                observation.Indicator.Value,
                observation.Subject.Value,
                ScalarColumns.Decimal(observation.Value),
                observation.Unit,
                ScalarColumns.DecimalOrNull(observation.NormalizedValue),
                observation.BaseUnit,
                ScalarColumns.Date(observation.PeriodStart),
                ScalarColumns.Date(observation.PeriodEnd),
                ScalarColumns.DecimalOrNull(observation.YoyPct),
                observation.Article.Value,
                observation.IsTarget ? 1 : 0,
                observation.UnresolvedPeriod);
            if (inserted > 0)
            {
                numbers.Add(MentionTargetKind.Observation, observation.Id.Value, insert.LastRowId);
                created++;
            }
        }

        return created;
    }

    // A document's batch holds hundreds of mentions: bound by position and stepped directly, like relations. Each row is
    // numbers only (schema version 9); the rows go in in key order, so a document's new relations and observations, numbered
    // just now, append their mentions at the end of their kind's range, and an entity's rows from this document sit after
    // its earlier ones.
    private async Task<int> WriteMentionsAsync(FactNumbers numbers, CancellationToken cancellationToken)
    {
        if (_batch.Mentions.Count == 0)
        {
            return 0;
        }

        await numbers.LoadAsync(_connection, _transaction, _batch.Mentions.Select(m => m.DocumentHash), cancellationToken).ConfigureAwait(false);
        var rows = new MentionRow[_batch.Mentions.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var mention = _batch.Mentions[i];
            if (!numbers.TryGetTarget(mention.TargetId, out var target))
            {
                // CheckReferencesAsync found every target; a missing number is a fault of the writer, not of the batch.
                throw new InvalidOperationException($"No number for the mention target {mention.TargetId}.");
            }

            rows[i] = new MentionRow(
                target.Kind, target.Number, numbers.Document(mention.DocumentHash), mention.Span.Start, mention.Span.Length,
                numbers.Entity(mention.Article.Value));
        }

        Array.Sort(rows);
        using var insert = new PositionalInsert(_connection, SqlCatalog.InsertMention);
        var created = 0;
        foreach (var row in rows)
        {
            insert.Integer(1, (long)row.Kind);
            insert.Integer(2, row.TargetNo);
            insert.Integer(3, row.DocumentNo);
            insert.Integer(4, row.SpanStart);
            insert.Integer(5, row.SpanLength);
            insert.Integer(6, row.ArticleNo);
            created += insert.Insert(cancellationToken);
        }

        return created;
    }
}
