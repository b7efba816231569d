using Graph.Domain.Model;
using Graph.Extraction.Articles;
using Graph.Extraction.Dates;
using Graph.Extraction.Lexicon;

namespace Graph.Extraction.Recognition;

/// <summary>Everything found in one article so far; recognizers and linkers read and extend it in a fixed order.</summary>
internal sealed class ArticleContext(DocumentState document, ArticleSegment segment, EntityRef article)
{
    public DocumentState Document { get; } = document;

    public ArticleSegment Segment { get; } = segment;

    public EntityRef Article { get; } = article;

    public string Text => Document.Text;

    public Gazetteer Gazetteer => Document.Gazetteer;

    public int Start => Segment.Start;

    public int End => Segment.End;

    /// <summary>Proposals before overlap resolution.</summary>
    public List<Hit> Candidates { get; } = [];

    /// <summary>Accepted, non-overlapping names, ordered by start.</summary>
    public List<Hit> Hits { get; set; } = [];

    /// <summary>Names inside other names (朝阳市 in 朝阳市加华电子有限公司), kept beside the accepted hits.</summary>
    public List<Hit> InnerHits { get; } = [];

    public List<RelationDraft> Relations { get; } = [];

    public Dictionary<EntityRef, (DateOnly Start, DateOnly? End)> Dates { get; } = [];

    /// <summary>The place of the source line (辽宁省 for 辽宁省人民政府网), which settles 省/市 in 省国资委, 市商务局.</summary>
    public GazetteerEntry? SourcePlace { get; set; }

    /// <summary>What the article is about, the default subject of its figures (大连市, 中国).</summary>
    public GazetteerEntry? MainPlace { get; set; }

    public List<PeriodMention> Periods { get; set; } = [];

    public IEnumerable<Hit> AllHits => Hits.Concat(InnerHits);

    public void Relate(RelationType type, EntityRef from, EntityRef to, int start, int end, string? role = null, string? polarity = null)
    {
        if (from.Id != to.Id)
        {
            Relations.Add(new RelationDraft(type, from, to, start, end, role, polarity));
        }
    }

    /// <summary>Accepted hits of the given kinds inside [start, end), in text order.</summary>
    public IEnumerable<Hit> HitsIn(int start, int end, params EntityKind[] kinds) =>
        Hits.Where(h => h.Start >= start && h.End <= end && h.Entity is { } e && (kinds.Length == 0 || kinds.Contains(e.Kind)));

    /// <summary>The next occurrence of <paramref name="value"/> at or after <paramref name="from"/> inside the article, or -1.</summary>
    public int Find(string value, int from) =>
        from >= End ? -1 : Text.IndexOf(value, from, End - from, StringComparison.Ordinal);

    /// <summary>The next occurrence of any of <paramref name="values"/> at or after <paramref name="from"/> inside the article, or -1.</summary>
    public int FindAny(string values, int from) =>
        from >= End ? -1 : Text.AsSpan(from, End - from).IndexOfAny(values) is var at and >= 0 ? from + at : -1;

    public EntityRef PlaceRef(GazetteerEntry place) => new(EntityKind.Place, place.Name, place.Key, place.Subtype, place.Aliases);
}
