using Graph.Domain.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Recognition;

namespace Graph.Extraction.Linking;

/// <summary>
/// LOCATED_IN from the gazetteer: each place named in the article up its hierarchy (大连市 → 辽宁省 → 中国), and known
/// organizations and companies to their place (东北财经大学 → 大连市) or parent body (商务部研究院 PART_OF 商务部).
/// </summary>
internal static class PlaceLinker
{
    public static void Link(ArticleContext context)
    {
        var seen = new HashSet<EntityRef>();
        foreach (var hit in context.AllHits.OrderBy(h => h.Start))
        {
            var entity = hit.Entity!;
            if (!seen.Add(entity))
            {
                continue;
            }

            if (entity.Kind == EntityKind.Place && context.Gazetteer.PlaceByKey(entity.Key) is { } place)
            {
                Chain(context, place, hit.Start, hit.End);
            }
            else if (entity.Kind is EntityKind.Organization or EntityKind.Company && context.Gazetteer.Find(entity.Name) is { Parent: { } parent } known
                     && known.Kind == entity.Kind)
            {
                Parent(context, entity, parent, hit);
            }
        }
    }

    /// <summary>Links <paramref name="place"/> to each of its ancestors in turn, all stated by the text at [start, end).</summary>
    public static void Chain(ArticleContext context, GazetteerEntry place, int start, int end)
    {
        for (var child = place; context.Gazetteer.ParentPlace(child) is { } parent; child = parent)
        {
            context.Relate(RelationType.LocatedIn, context.PlaceRef(child), context.PlaceRef(parent), start, end);
        }
    }

    private static void Parent(ArticleContext context, EntityRef entity, string parentName, Hit hit)
    {
        if (context.Gazetteer.PlaceByKey(parentName) is { } place)
        {
            context.Relate(RelationType.LocatedIn, entity, context.PlaceRef(place), hit.Start, hit.End);
            Chain(context, place, hit.Start, hit.End);
        }
        else if (context.Gazetteer.Find(parentName) is { Kind: EntityKind.Organization } body)
        {
            context.Relate(RelationType.PartOf, entity, GazetteerRecognizer.ToRef(body), hit.Start, hit.End);
        }
    }
}
