using Graph.Analytics.Traversal;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Analytics.Connections;

/// <summary>
/// connection(a, b): one store call reads the semantic relations of both (bounded per entity; every relation when articles
/// are asked for), the intersection of their other ends is sorted into shared events and other shared neighbors; a second
/// call reads the MENTIONS that point at both, whose common articles are the co-mentions, reported in a list of their own
/// whatever is asked; one more call loads those entities.
/// </summary>
internal sealed class ConnectionExplainer(IGraphReader store, AnalyticsOptions options)
{
    private static readonly IReadOnlyCollection<RelationType> MentionsOnly = [RelationType.Mentions];

    public async Task<ConnectionExplanation?> ExplainAsync(
        EntityId a, EntityId b, int first, bool includeMentions, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var level = await Expansion
            .ExpandAsync(store, [a, b], RelationDirection.Both, includeMentions ? null : RelationTypes.Semantic, options.MaxNeighbors, cancellationToken)
            .ConfigureAwait(false);
        var mentions = await Expansion
            .ExpandAsync(store, [a, b], RelationDirection.Incoming, MentionsOnly, options.MaxNeighbors, cancellationToken)
            .ConfigureAwait(false);
        var fromA = Linked(level.Of(a));
        var fromB = Linked(level.Of(b));
        var mentionedA = Linked(mentions.Of(a));
        var mentionedB = Linked(mentions.Of(b));
        var direct = level.Of(a).Where(r => r.Other == b).Select(r => r.Relation).ToList();
        var shared = fromA.Keys.Where(fromB.ContainsKey).Where(id => id != a && id != b).Order().ToList();
        var coMentions = mentionedA.Keys.Where(mentionedB.ContainsKey).Where(id => id != a && id != b).Order().ToList();
        var (named, namedCapped) = await NamedBesideAsync(mentionedA, mentionedB, a, b, first, cancellationToken).ConfigureAwait(false);
        var entities = await Entities
            .LoadAsync(store, [a, b, .. shared, .. coMentions, .. named.SelectMany(n => new[] { n.Entity, n.WithA, n.WithB })], cancellationToken)
            .ConfigureAwait(false);
        if (!entities.ContainsKey(a) || !entities.ContainsKey(b))
        {
            return null;
        }

        List<SharedNeighbor> Of(IEnumerable<EntityId> ids, Dictionary<EntityId, Relation> viaA, Dictionary<EntityId, Relation> viaB, Func<Entity, bool> predicate) => ids
            .Where(id => entities.TryGetValue(id, out var e) && predicate(e))
            .Take(first)
            .Select(id => new SharedNeighbor(entities[id], viaA[id], viaB[id]))
            .ToList();

        return new ConnectionExplanation(
            entities[a],
            entities[b],
            direct,
            Of(shared, fromA, fromB, e => e.Kind is not (EntityKind.Event or EntityKind.Article)),
            Of(shared, fromA, fromB, e => e.Kind == EntityKind.Event),
            Of(coMentions, mentionedA, mentionedB, e => e.Kind == EntityKind.Article),
            level.Capped || mentions.Capped || namedCapped)
        {
            CoMentioned = named
                .Where(n => entities.ContainsKey(n.Entity) && entities.ContainsKey(n.WithA) && entities.ContainsKey(n.WithB))
                .Select(n => new CoMention(entities[n.Entity], entities[n.WithA], entities[n.WithB]))
                .ToList(),
        };
    }

    // The entities the articles naming a (at most MaxFanOut of them) name, and those the articles naming b name; the first
    // `first` of those in both (by ID), each with the least article ID on either side. One store call.
    private async Task<(List<(EntityId Entity, EntityId WithA, EntityId WithB)> Named, bool Capped)> NamedBesideAsync(
        Dictionary<EntityId, Relation> articlesOfA, Dictionary<EntityId, Relation> articlesOfB, EntityId a, EntityId b, int first,
        CancellationToken cancellationToken)
    {
        var ofA = articlesOfA.Keys.Order().Take(options.MaxFanOut).ToList();
        var ofB = articlesOfB.Keys.Order().Take(options.MaxFanOut).ToList();
        var capped = articlesOfA.Count > ofA.Count || articlesOfB.Count > ofB.Count;
        if (ofA.Count == 0 || ofB.Count == 0 || first == 0)
        {
            return ([], capped);
        }

        var level = await Expansion
            .ExpandAsync(store, [.. ofA.Union(ofB)], RelationDirection.Outgoing, MentionsOnly, options.MaxFanOut, cancellationToken)
            .ConfigureAwait(false);
        var withA = FirstArticleNaming(ofA, level);
        var withB = FirstArticleNaming(ofB, level);
        var named = withA.Keys.Where(withB.ContainsKey).Where(id => id != a && id != b).Order().Take(first)
            .Select(id => (id, withA[id], withB[id]))
            .ToList();
        return (named, capped || level.Capped);
    }

    private static Dictionary<EntityId, EntityId> FirstArticleNaming(List<EntityId> articles, ExpansionLevel level)
    {
        var first = new Dictionary<EntityId, EntityId>();
        foreach (var article in articles)
        {
            foreach (var relation in level.Of(article))
            {
                first.TryAdd(relation.Other, article);
            }
        }

        return first;
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
