using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;

namespace Graph.Storage.Neo4j;

/// <summary>The two reads traversals are built from (the algorithms are in Graph.Analytics).</summary>
internal sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// One statement per level. The cap per entity and side is applied here, over what the server returned, so the steps
    /// kept are the embedded store's (the first by relation ID); the server still reads a hub whole.
    /// </summary>
    public async Task<StepSet> GetStepsAsync(StepQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        cancellationToken.ThrowIfCancellationRequested();
        if (query.EntityIds.Count == 0)
        {
            return StepSet.Empty;
        }

        var statement = query.Direction switch
        {
            RelationDirection.Outgoing => CypherCatalog.ExpandOutgoing,
            RelationDirection.Incoming => CypherCatalog.ExpandIncoming,
            RelationDirection.Both => CypherCatalog.ExpandBoth,
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Direction, "Unknown relation direction."),
        };
        var rows = await QueryAsync(
            statement, new() { ["frontier"] = Distinct(query.EntityIds.Select(i => i.Value)), ["types"] = TypeNames(query.Types) }, cancellationToken)
            .ConfigureAwait(false);
        var steps = rows.Select(r => (
                Step: new RelationStep(new EntityId((string)r["anchor"]!), new EntityId((string)r["other"]!), new RelationId((string)r["relation"]!)),
                Outgoing: (bool)r["outgoing"]!))
            .ToList();
        var capped = false;
        if (query.FirstPerEntity is { } cap)
        {
            var kept = new List<(RelationStep Step, bool Outgoing)>(steps.Count);
            foreach (var side in steps.GroupBy(s => (s.Step.Anchor, s.Outgoing)))
            {
                var ordered = side.OrderBy(s => s.Step.Relation.Value, StringComparer.Ordinal).ToList();
                capped |= ordered.Count > cap;
                kept.AddRange(ordered.Take(cap));
            }

            steps = kept;
        }

        return new StepSet(
            steps.Select(s => s.Step)
                .OrderBy(s => s.Other.Value, StringComparer.Ordinal).ThenBy(s => s.Relation.Value, StringComparer.Ordinal)
                .ToList(),
            capped);
    }

    public async Task<IReadOnlyList<Relation>> GetRelationsAmongAsync(
        IReadOnlyCollection<EntityId> entityIds, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        cancellationToken.ThrowIfCancellationRequested();
        if (entityIds.Count == 0)
        {
            return [];
        }

        var rows = await QueryAsync(
            CypherCatalog.EdgesAmong, new() { ["nodes"] = Distinct(entityIds.Select(i => i.Value)), ["types"] = TypeNames(types) }, cancellationToken)
            .ConfigureAwait(false);
        return rows.Select(Records.Relation).ToList();
    }
}
