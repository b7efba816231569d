using Graph.Domain.Model;
using Graph.Storage.Sqlite.Mapping;
using Graph.Storage.Sqlite.Sql;

namespace Graph.Storage.Sqlite.Writing;

/// <summary>
/// Relations, observations and mentions: inserted when absent, never changed once stored. Each list goes in in primary-key
/// order, so the table's B-tree is filled page by page rather than at random (IDs are hashes). Relations and mentions, the
/// many rows of a batch, are inserted by position (<see cref="PositionalInsert"/>) and set-wise (<see cref="RowSets"/>).
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

    private async Task<int> WriteObservationsAsync(BatchStatements statements, CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var observation in _batch.Observations.OrderBy(o => o.Id.Value, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            created += await statements.Observation.ExecuteAsync(
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
                observation.UnresolvedPeriod).ConfigureAwait(false);
        }

        return created;
    }

    private Task<int> WriteMentionsAsync(CancellationToken cancellationToken) => RowSets.InsertAsync(
        _connection,
        _transaction,
        SqlCatalog.InsertMentions,
        _batch.Mentions.OrderBy(m => m.TargetId, StringComparer.Ordinal),
        static (writer, mention) =>
        {
            writer.WriteStringValue(mention.TargetId);
            writer.WriteStringValue(mention.DocumentHash);
            writer.WriteNumberValue(mention.Span.Start);
            writer.WriteNumberValue(mention.Span.Length);
            writer.WriteStringValue(mention.Article.Value);
        },
        cancellationToken);
}
