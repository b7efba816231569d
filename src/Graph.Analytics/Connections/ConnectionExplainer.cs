using Graph.Analytics.Traversal;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Analytics.Connections;

/// <summary>
/// connection(a, b): one store call reads the relations of both (bounded per entity), the intersection of their other ends
/// is sorted into shared events, shared articles and other shared neighbors, and one more call loads those entities.
/// </summary>
internal sealed class ConnectionExplainer(IGraphReader store, AnalyticsOptions options)
{
    public async Task<ConnectionExplanation?> ExplainAsync(EntityId a, EntityId b, int first, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var level = await Expansion
            .ExpandAsync(store, [a, b], RelationDirection.Both, null, options.MaxNeighbors, cancellationToken)
            .ConfigureAwait(false);
        var fromA = Linked(level.Of(a));
        var fromB = Linked(level.Of(b));
        var direct = level.Of(a).Where(r => r.Other == b).Select(r => r.Relation).ToList();
        var shared = fromA.Keys.Where(fromB.ContainsKey).Where(id => id != a && id != b).Order().ToList();
        var entities = await Entities.LoadAsync(store, [a, b, .. shared], cancellationToken).ConfigureAwait(false);
        if (!entities.ContainsKey(a) || !entities.ContainsKey(b))
        {
            return null;
        }

        List<SharedNeighbor> Of(Func<Entity, bool> predicate) => shared
            .Where(id => entities.TryGetValue(id, out var e) && predicate(e))
            .Take(first)
            .Select(id => new SharedNeighbor(entities[id], fromA[id], fromB[id]))
            .ToList();

        return new ConnectionExplanation(
            entities[a],
            entities[b],
            direct,
            Of(e => e.Kind is not (EntityKind.Event or EntityKind.Article)),
            Of(e => e.Kind == EntityKind.Event),
            Of(e => e.Kind == EntityKind.Article),
            level.Capped);
    }

    // The other end of each relation, keeping the least relation ID when several join the same pair.
    private static Dictionary<EntityId, Relation> Linked(IReadOnlyList<AnchoredRelation> relations)
    {
        var linked = new Dictionary<EntityId, Relation>();
        foreach (var relation in relations)
        {
            linked.TryAdd(relation.Other, relation.Relation);
        }

        return linked;
    }
}
