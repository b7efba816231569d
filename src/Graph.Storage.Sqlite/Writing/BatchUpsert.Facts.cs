using Graph.Domain.Model;
using Graph.Storage.Sqlite.Mapping;

namespace Graph.Storage.Sqlite.Writing;

/// <summary>Relations, observations and mentions: inserted when absent, never changed once stored.</summary>
internal sealed partial class BatchUpsert
{
    private async Task<int> WriteRelationsAsync(BatchStatements statements, CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var relation in _batch.Relations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            created += await statements.Relation.ExecuteAsync(
                cancellationToken,
                relation.Id.Value,
                relation.Type.ToName(),
                relation.From.Value,
                relation.To.Value,
                JsonColumns.MapOrNull(relation.Properties)).ConfigureAwait(false);
        }

        return created;
    }

    private async Task<int> WriteObservationsAsync(BatchStatements statements, CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var observation in _batch.Observations)
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
                observation.IsTarget ? 1 : 0).ConfigureAwait(false);
        }

        return created;
    }

    private async Task<int> WriteMentionsAsync(BatchStatements statements, CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var mention in _batch.Mentions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            created += await statements.Mention.ExecuteAsync(
                cancellationToken,
                mention.TargetId,
                mention.DocumentHash,
                mention.Span.Start,
                mention.Span.Length,
                mention.Article.Value).ConfigureAwait(false);
        }

        return created;
    }
}
