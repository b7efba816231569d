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
    private int WriteRelations(CancellationToken cancellationToken)
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
            created += insert.Insert(cancellationToken);
        }

        return created;
    }

    private int WriteObservations(CancellationToken cancellationToken)
    {
        using var insert = new PositionalInsert(_connection, SqlCatalog.InsertObservation);
        var created = 0;
        foreach (var observation in KeyOrder.ById(_batch.Observations, static o => o.Id.Value, "obs_"))
        {
            created += insert.Row(
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
        }

        return created;
    }

    // A document's batch holds hundreds of mentions: bound by position and stepped directly, like relations (json_each
    // parsed each row's JSON once per column, which made mentions the costliest part of a document's upsert). Nearly every
    // mention names the batch's own document (64 hex digits) and runs of them share an article, so those two
    // stay bound from the previous row unless they change (SQLite keeps bindings across a reset).
    private int WriteMentions(CancellationToken cancellationToken)
    {
        using var insert = new PositionalInsert(_connection, SqlCatalog.InsertMention);
        var created = 0;
        string? boundDocument = null;
        string? boundArticle = null;
        foreach (var mention in _batch.Mentions.OrderBy(m => m.TargetId, StringComparer.Ordinal))
        {
            insert.Text(1, mention.TargetId);
            if (!string.Equals(boundDocument, mention.DocumentHash, StringComparison.Ordinal))
            {
                insert.Text(2, mention.DocumentHash);
                boundDocument = mention.DocumentHash;
            }

            insert.Integer(3, mention.Span.Start);
            insert.Integer(4, mention.Span.Length);
            if (!string.Equals(boundArticle, mention.Article.Value, StringComparison.Ordinal))
            {
                insert.Text(5, mention.Article.Value);
                boundArticle = mention.Article.Value;
            }

            created += insert.Insert(cancellationToken);
        }

        return created;
    }
}
