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

    /// <summary>
    /// The longest place read so far (not a contextual one) that ends at each position: what a name written right after a
    /// place may be located in. Built on each call, as <see cref="Candidates"/> grows between proposers.
    /// </summary>
    public Dictionary<int, Hit> PlacesByEnd()
    {
        // One pass, no grouping: the first of the longest at each end wins, and ends keep the order they first appear in.
        var byEnd = new Dictionary<int, Hit>();
        foreach (var hit in Candidates)
        {
            if (hit.Entity is { Kind: EntityKind.Place } && !hit.Contextual
                && (!byEnd.TryGetValue(hit.End, out var longest) || hit.Length > longest.Length))
            {
                byEnd[hit.End] = hit;
            }
        }

        return byEnd;
    }

    private List<Hit> _hits = [];
    private HitIndex? _index;

    /// <summary>Accepted, non-overlapping names, ordered by start. Whoever changes the list calls <see cref="HitsChanged"/>.</summary>
    public List<Hit> Hits
    {
        get => _hits;
        set
        {
            _hits = value;
            _index = null;
        }
    }

    /// <summary>Position lookups over <see cref="Hits"/> and <see cref="InnerHits"/>, rebuilt after they change.</summary>
    public HitIndex Index => _index ??= new HitIndex(_hits, _innerHits);

    /// <summary>Names inside other names (朝阳市 in 朝阳市远帆电子有限公司), kept beside the accepted hits.</summary>
    public IReadOnlyList<Hit> InnerHits => _innerHits;

    private readonly List<Hit> _innerHits = [];

    public void AddInnerHit(Hit hit)
    {
        _innerHits.Add(hit);
        _index = null;
    }

    public List<RelationDraft> Relations { get; } = [];

    public Dictionary<EntityRef, (DateOnly Start, DateOnly? End)> Dates { get; } = [];

    private const int ReportOpening = 160;

    // Gatherings have results of their own (deals, visitors, exhibitors); a press conference or a ceremony reports others' figures,
    // and so does a session of a people's congress (人民代表大会), where a government reports the place's.
    private static readonly string[] GatheringSuffixes = ["博览会", "交易会", "展览会", "展会", "论坛", "峰会", "大会", "洽谈会", "大赛"];

    /// <summary>
    /// True when the article reports on its main event: the event is named in the title or in the opening of the body (a
    /// closing report, a results press conference), rather than mentioned along the way.
    /// </summary>
    public bool IsEventReport => MainEvent is { } main
        && GatheringSuffixes.Any(s => main.Event.Name.EndsWith(s, StringComparison.Ordinal))
        && !main.Event.Name.Contains("代表大会", StringComparison.Ordinal)
        && Hits.FirstOrDefault(h => h.Entity == main.Event) is { } first
        && first.Start < Math.Max(Segment.TitleEnd, Segment.BodyStart) + ReportOpening;

    private (EntityRef Event, DateOnly Start, DateOnly End)? _mainEvent;
    private bool _mainEventSettled;

    /// <summary>What the article says about its place as a whole (全国, 全省, the bodies it quotes), read once per article.</summary>
    public ArticlePlaceCues PlaceCues => _placeCues ??= new ArticlePlaceCues(this);

    private ArticlePlaceCues? _placeCues;

    /// <summary>
    /// The article's first dated event (第三届数字丝路博览会 4 月 29 日至 30 日), the subject of its own results. Read only
    /// after the linkers have run (it is settled on first use).
    /// </summary>
    public (EntityRef Event, DateOnly Start, DateOnly End)? MainEvent
    {
        get
        {
            if (!_mainEventSettled)
            {
                // The first event named that has dates: the one the article opens on, usually its subject.
                _mainEvent = Hits.Where(h => h.Entity is { Kind: EntityKind.Event } && Dates.ContainsKey(h.Entity))
                    .Select(h => (h.Entity!, Dates[h.Entity!].Start, Dates[h.Entity!].End ?? Dates[h.Entity!].Start))
                    .Cast<(EntityRef, DateOnly, DateOnly)?>().FirstOrDefault()
                    ?? Dates.Where(d => d.Key.Kind == EntityKind.Event).Select(d => (d.Key, d.Value.Start, d.Value.End ?? d.Value.Start))
                    .Cast<(EntityRef, DateOnly, DateOnly)?>().FirstOrDefault();
                _mainEventSettled = true;
            }

            return _mainEvent;
        }
    }

    /// <summary>The place of the source line (辽宁省 for 辽宁省人民政府网), which settles 省/市 in 省国资委, 市商务局.</summary>
    public GazetteerEntry? SourcePlace { get; set; }

    /// <summary>What the article is about, the default subject of its figures (大连市, 中国).</summary>
    public GazetteerEntry? MainPlace { get; set; }

    public PeriodIndex Periods { get; set; } = new([]);

    /// <summary>Honoured between steps and inside the long loops, so a cancelled extraction stops promptly.</summary>
    public CancellationToken Cancellation => Document.Cancellation;

    /// <summary>Throws when extraction was cancelled; cheap enough to call at every position of a scan (it looks every 4096th).</summary>
    public void Checkpoint(int position)
    {
        if ((position & CheckpointMask) == 0)
        {
            Document.Cancellation.ThrowIfCancellationRequested();
        }
    }

    private const int CheckpointMask = 4095;

    public IEnumerable<Hit> AllHits => Hits.Concat(InnerHits);

    /// <summary>Call after adding to or re-sorting <see cref="Hits"/> or <see cref="InnerHits"/>.</summary>
    public void HitsChanged() => _index = null;

    public void Relate(RelationType type, EntityRef from, EntityRef to, int start, int end, string? role = null, string? polarity = null)
    {
        if (from.Id != to.Id)
        {
            Relations.Add(new RelationDraft(type, from, to, start, end, role, polarity));
        }
    }

    /// <summary>Accepted hits of the given kinds inside [start, end), in text order.</summary>
    public IEnumerable<Hit> HitsIn(int start, int end, params EntityKind[] kinds) => Index.In(start, end, kinds);

    /// <summary>The next occurrence of <paramref name="value"/> at or after <paramref name="from"/> inside the article, or -1.</summary>
    public int Find(string value, int from) =>
        from >= End ? -1 : Text.IndexOf(value, from, End - from, StringComparison.Ordinal);

    /// <summary>The next occurrence of any of <paramref name="values"/> at or after <paramref name="from"/> inside the article, or -1.</summary>
    public int FindAny(string values, int from) =>
        from >= End ? -1 : Text.AsSpan(from, End - from).IndexOfAny(values) is var at and >= 0 ? from + at : -1;

    public EntityRef PlaceRef(GazetteerEntry place) => new(EntityKind.Place, place.Name, place.Key, place.Subtype, place.Aliases);
}
