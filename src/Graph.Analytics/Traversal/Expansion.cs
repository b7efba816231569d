using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Analytics.Traversal;

/// <summary>
/// One traversal step over a whole frontier: a single <see cref="IGraphReader.GetRelationsAsync"/> call, with at most
/// <c>fanOut</c> relations per entity. A hub such as 中国 has hundreds of thousands of relations; the cap makes it cost
/// what any other node costs, and the one extra row asked for tells the caller that the answer may be incomplete.
/// </summary>
internal static class Expansion
{
    public static async Task<ExpansionLevel> ExpandAsync(
        IGraphReader store,
        IReadOnlyCollection<EntityId> frontier,
        RelationDirection direction,
        IReadOnlyCollection<RelationType>? types,
        int fanOut,
        CancellationToken cancellationToken)
    {
        if (frontier.Count == 0)
        {
            return new ExpansionLevel(new Dictionary<EntityId, IReadOnlyList<AnchoredRelation>>(), false);
        }

        var relations = await store
            .GetRelationsAsync(
                new RelationQuery(frontier, direction, fanOut + 1, types is { Count: > 0 } ? types : null), cancellationToken)
            .ConfigureAwait(false);
        var byEntity = new Dictionary<EntityId, IReadOnlyList<AnchoredRelation>>();
        var capped = false;
        foreach (var group in relations.GroupBy(r => r.Anchor))
        {
            var list = group.OrderBy(r => r.Relation.Id.Value, StringComparer.Ordinal).ToList();
            if (list.Count > fanOut)
            {
                capped = true;
                list.RemoveRange(fanOut, list.Count - fanOut);
            }

            byEntity[group.Key] = list;
        }

        return new ExpansionLevel(byEntity, capped);
    }
}
