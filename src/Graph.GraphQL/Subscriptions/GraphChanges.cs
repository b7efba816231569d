using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.GraphQL.Ingestion;

namespace Graph.GraphQL.Subscriptions;

/// <summary>What each subscription field selects from a committed batch. A document that was already known changed nothing and yields nothing.</summary>
internal static class GraphChanges
{
    public static IEnumerable<IngestionOutcome> Documents(CommittedBatch batch) =>
        batch.Outcome.Result.DocumentAlreadyKnown ? [] : [batch.Outcome];

    /// <summary>Each watched entity the batch created, updated or mentions, once, with the strongest kind of change.</summary>
    public static IEnumerable<EntityChange> Entities(CommittedBatch batch, IReadOnlySet<EntityId> watched)
    {
        if (batch.Outcome.Result.DocumentAlreadyKnown)
        {
            yield break;
        }

        var result = batch.Outcome.Result;
        var seen = new HashSet<EntityId>();
        foreach (var (ids, kind) in new[]
                 {
                     (result.CreatedEntities, EntityChangeKind.Created),
                     (result.UpdatedEntities, EntityChangeKind.Updated),
                     (batch.Batch.Entities.Select(e => e.Id).ToList(), EntityChangeKind.Mentioned),
                 })
        {
            foreach (var id in ids)
            {
                if (watched.Contains(id) && seen.Add(id))
                {
                    yield return new EntityChange(id, kind, batch.Outcome.Document);
                }
            }
        }
    }

    /// <summary>The figures a newly committed document states, of the indicator and subject when given.</summary>
    public static IEnumerable<Observation> Observations(CommittedBatch batch, EntityId? indicator, EntityId? subject) =>
        batch.Outcome.Result.DocumentAlreadyKnown
            ? []
            : batch.Batch.Observations.Where(o => (indicator is null || o.Indicator == indicator) && (subject is null || o.Subject == subject));
}
