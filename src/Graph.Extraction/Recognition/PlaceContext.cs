using Graph.Domain.Model;
using Graph.Extraction.Lexicon;

namespace Graph.Extraction.Recognition;

/// <summary>Settles which places an article is about: its source's place, its main place, and what 省 and 市 refer to.</summary>
internal static class PlaceContext
{
    public static void Settle(ArticleContext context)
    {
        context.SourcePlace = SourcePlace(context);
        context.MainPlace = MainPlace(context);
    }

    /// <summary>The province a bare 省 (省国资委, 我省) means here, or null when the text does not say.</summary>
    public static GazetteerEntry? Province(ArticleContext context) =>
        (context.SourcePlace is { } source ? context.Gazetteer.ProvinceOf(source) : null)
        ?? (context.MainPlace is { } main ? context.Gazetteer.ProvinceOf(main) : null);

    /// <summary>The city a bare 市 (市商务局, 我市) means here, or null when the text does not say.</summary>
    public static GazetteerEntry? City(ArticleContext context) =>
        context.SourcePlace is { Subtype: "city" } source ? source
        : context.MainPlace is { Subtype: "city" } main ? main
        : null;

    private static GazetteerEntry? SourcePlace(ArticleContext context)
    {
        if (context.Segment.SourceName is not { } source)
        {
            return null;
        }

        for (var i = 0; i < source.Length; i++)
        {
            var (length, term) = context.Gazetteer.Terms.MatchLongest(source, i, source.Length);
            if (length > 0 && term!.Entries is [{ Kind: EntityKind.Place } place])
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>
    /// Settles the main place again once every name is proposed: a place inside a longer name (东北亚 in
    /// 第三届东北亚数字贸易博览会) says what the name is, not where the article is.
    /// </summary>
    public static void Refine(ArticleContext context) => context.MainPlace = MainPlace(context);

    private static GazetteerEntry? MainPlace(ArticleContext context)
    {
        var names = context.Candidates.Where(h => h.Entity is { Kind: not EntityKind.Place }).ToList();
        var places = context.Candidates
            .Where(h => h.Entity is { Kind: EntityKind.Place } && !names.Any(n => n.Start <= h.Start && n.End >= h.End && n.Length > h.Length))
            .OrderBy(h => h.Start)
            .ToList();
        var inTitle = places.FirstOrDefault(h => h.End <= context.Segment.TitleEnd);
        var chosen = inTitle ?? places
            .GroupBy(h => h.Entity!.Key)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Start)
            .FirstOrDefault()?.First();
        return chosen is null ? context.Gazetteer.China : context.Gazetteer.PlaceByKey(chosen.Entity!.Key) ?? context.Gazetteer.China;
    }
}
