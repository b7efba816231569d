using Graph.Domain.Model;
using Graph.Extraction.Lexicon;

namespace Graph.Extraction.Recognition;

/// <summary>
/// What the whole article says about its place, read once per article on first use (an observation scope is made per
/// sentence, so reading these per scope was quadratic on a long article). Read only after every name is settled.
/// </summary>
internal sealed class ArticlePlaceCues(ArticleContext context)
{
    private static readonly string[] NationalWords = ["全国", "我国"];
    private static readonly string[] ProvincialWords = ["全省", "我省", "省属", "省管"];

    private bool? _isNational;
    private bool? _speaksOfItsProvince;
    private (bool Read, GazetteerEntry? Place) _firstProvince, _firstCity, _soleProvince;

    /// <summary>The article says it is national (全国, 我国).</summary>
    public bool IsNational => _isNational ??= Says(NationalWords);

    /// <summary>The article speaks of 全省, 我省, 省属 or 省管 somewhere.</summary>
    public bool SpeaksOfItsProvince => _speaksOfItsProvince ??= Says(ProvincialWords);

    /// <summary>
    /// The province or city a body's name opens with (黑龙江省国资委, 某市统计局), first named first: a report that names its
    /// place only inside the name of the body it quotes means that place by 全省 and 省属企业.
    /// </summary>
    public GazetteerEntry? PlaceOpeningBodyName(string subtype)
    {
        ref var cached = ref subtype == "province" ? ref _firstProvince : ref _firstCity;
        if (!cached.Read)
        {
            cached = (true, PlacesOpeningBodyNames(subtype).FirstOrDefault());
        }

        return cached.Place;
    }

    /// <summary>The province that opens the names of the bodies quoted, when they all name the same one.</summary>
    public GazetteerEntry? SoleProvinceOpeningBodyNames()
    {
        if (!_soleProvince.Read)
        {
            var provinces = PlacesOpeningBodyNames("province").Distinct().Take(2).ToList();
            _soleProvince = (true, provinces is [var sole] ? sole : null);
        }

        return _soleProvince.Place;
    }

    private bool Says(string[] words) =>
        words.Any(w => context.Text.AsSpan(context.Start, context.End - context.Start).Contains(w, StringComparison.Ordinal));

    private IEnumerable<GazetteerEntry> PlacesOpeningBodyNames(string subtype)
    {
        foreach (var hit in context.Hits)
        {
            if (hit.Entity is { Kind: EntityKind.Organization } body
                && context.Gazetteer.PlaceOpening(body.Name).Term?.Entries is [{ Kind: EntityKind.Place } place]
                && place.Subtype == subtype)
            {
                yield return place;
            }
        }
    }
}
