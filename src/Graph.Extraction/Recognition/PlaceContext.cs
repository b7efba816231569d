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
        var inside = InsideOtherNames(context.Candidates);
        var places = context.Candidates
            .Where(h => h.Entity is { Kind: EntityKind.Place } && !inside(h))
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

    /// <summary>
    /// A test for "this span lies inside a longer name that is not a place", in O(log n) per test: over the other names sorted
    /// by start, the furthest end among those starting strictly before the span, and the furthest end among those starting
    /// with it.
    /// </summary>
    private static Func<Hit, bool> InsideOtherNames(List<Hit> candidates)
    {
        var names = candidates.Where(h => h.Entity is { Kind: not EntityKind.Place }).OrderBy(h => h.Start).ToArray();
        var starts = names.Select(h => h.Start).ToArray();
        var furthestEnd = new int[names.Length];
        var sameStartEnd = new Dictionary<int, int>();
        for (var i = 0; i < names.Length; i++)
        {
            furthestEnd[i] = Math.Max(i > 0 ? furthestEnd[i - 1] : int.MinValue, names[i].End);
            sameStartEnd[names[i].Start] = Math.Max(sameStartEnd.GetValueOrDefault(names[i].Start, int.MinValue), names[i].End);
        }

        return hit =>
        {
            var before = HitIndex.LowerBound(starts, hit.Start) - 1;
            return (before >= 0 && furthestEnd[before] >= hit.End) || sameStartEnd.GetValueOrDefault(hit.Start, int.MinValue) > hit.End;
        };
    }
}
