using Graph.Domain.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Venues by their suffix (某某会展中心, 某某博览中心, 某某公园): places where events are held. A city written before the name
/// (在某市某某公园) or in brackets after it (某某会展中心（某市）) says where the venue is; the bracketed city is part of the
/// name, the city before it is not.
/// </summary>
internal static class VenueRecognizer
{
    public const string Subtype = "venue";

    private const int MaxName = 12;
    private const int MinCore = 2;
    private const int MaxBracketed = 6;

    private static readonly TermTrie<string> Suffixes =
        SuffixTrie.Of("会展中心", "博览中心", "展览中心", "会议中心", "展览馆", "博览园", "体育中心", "体育馆", "公园");

    /// <summary>True when a venue suffix (会展中心, 公园) starts at <paramref name="at"/>: a name ending there is a place, no institution.</summary>
    public static bool SuffixStartsAt(string text, int at, int end) => Suffixes.MatchLongest(text, at, end).Length > 0;

    public static void Recognize(ArticleContext context)
    {
        var text = context.Text;
        var placeEnds = context.PlacesByEnd();
        for (var p = context.Start; p < context.End; p++)
        {
            context.Checkpoint(p);
            var (length, _) = Suffixes.MatchLongest(text, p, context.End);
            if (length == 0)
            {
                continue;
            }

            var end = p + length;
            var start = NameBoundary.ScanLeft(text, p, context.Start, MaxName, MinCore);
            if (start >= p)
            {
                continue;
            }

            // 在某市某某公园: the city before the name is where the venue is; what follows it is the name.
            var before = StartingPlace(placeEnds, text, start, p);
            var nameStart = before?.End ?? start;
            if (NameBoundary.CoreLength(text, nameStart, p) < MinCore || !CharClass.IsHan(text[nameStart]))
            {
                continue;
            }

            var city = before;
            if (Bracketed(context, placeEnds, end) is { } inBrackets)
            {
                city = inBrackets.Place;
                end = inBrackets.End;
            }

            var venue = EntityRef.Named(EntityKind.Place, text[nameStart..end], Subtype, before is null ? null : [text[start..end]]);
            var links = city is null ? null : new[] { new RelationDraft(RelationType.LocatedIn, venue, city.Entity!, start, end) };
            context.Candidates.Add(new Hit(venue, nameStart, end, Hit.PatternPriority, city is null ? null : [city], links));
            p = end - 1;
        }
    }

    /// <summary>The longest place that starts at <paramref name="start"/> and ends before the suffix, if any.</summary>
    private static Hit? StartingPlace(Dictionary<int, Hit> placeEnds, string text, int start, int suffix)
    {
        for (var e = suffix - MinCore; e > start; e--)
        {
            if (placeEnds.TryGetValue(e, out var place) && place.Start == start && place.Entity!.Subtype != Subtype)
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>（某市） right after the name: a place alone in brackets.</summary>
    private static (Hit Place, int End)? Bracketed(ArticleContext context, Dictionary<int, Hit> placeEnds, int at)
    {
        var text = context.Text;
        if (at >= context.End || text[at] is not ('（' or '('))
        {
            return null;
        }

        var close = text.IndexOfAny(['）', ')'], at + 1, Math.Min(MaxBracketed + 1, context.End - at - 1));
        return close > at + 1 && placeEnds.TryGetValue(close, out var place) && place.Start == at + 1 ? (place, close + 1) : null;
    }
}
