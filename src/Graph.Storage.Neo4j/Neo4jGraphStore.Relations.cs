using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Mapping;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<AnchoredRelation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        cancellationToken.ThrowIfCancellationRequested();
        if (query.EntityIds.Count == 0 || query.FirstPerEntity == 0)
        {
            return [];
        }

        var statement = (query.Direction, query.FromEnd) switch
        {
            (RelationDirection.Outgoing, false) => CypherCatalog.RelationsOfAnchorsOutgoing,
            (RelationDirection.Outgoing, true) => CypherCatalog.RelationsOfAnchorsOutgoingFromEnd,
            (RelationDirection.Incoming, false) => CypherCatalog.RelationsOfAnchorsIncoming,
            (RelationDirection.Incoming, true) => CypherCatalog.RelationsOfAnchorsIncomingFromEnd,
            (RelationDirection.Both, false) => CypherCatalog.RelationsOfAnchorsBoth,
            (RelationDirection.Both, true) => CypherCatalog.RelationsOfAnchorsBothFromEnd,
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Direction, "Unknown relation direction."),
        };
        var rows = await QueryAsync(
            statement,
            new()
            {
                ["anchors"] = Distinct(query.EntityIds.Select(i => i.Value)),
                ["types"] = TypeNames(query.Types),
                ["after"] = query.After,
                ["before"] = query.Before,
                ["first"] = (long)query.FirstPerEntity,
            },
            cancellationToken).ConfigureAwait(false);
        // The cursor is the relation ID itself: the per-anchor order is by ID. Rows from the end stay last first (reading order).
        return rows.Select(r =>
        {
            var relation = Records.Relation(r);
            return new AnchoredRelation(new EntityId((string)r["anchor"]!), relation, relation.Id.Value);
        }).ToList();
    }

    public async Task<IReadOnlyList<Relation>> GetRelationsByIdAsync(IReadOnlyCollection<RelationId> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        cancellationToken.ThrowIfCancellationRequested();
        return ids.Count == 0 ? [] : await LoadRelationsAsync(ids.Select(i => i.Value), cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<Relation>> LoadRelationsAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        (await QueryAsync(CypherCatalog.RelationsById, new() { ["ids"] = Distinct(ids) }, cancellationToken).ConfigureAwait(false))
        .Select(Records.Relation)
        .ToList();
}
