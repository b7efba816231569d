using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Recognition;

namespace Graph.Extraction.Observations;

/// <summary>The sentence an observation is read in, and what it inherits from it.</summary>
internal sealed partial class ObservationScope(ArticleContext context, int sentenceStart)
{
    private const int MaxPopulationLength = 8;
    private const int EventReferenceWindow = 12;

    /// <summary>The longest word <see cref="EventReference"/> matches, so a match at a position needs no wider look.</summary>
    public const int MaxEventReferenceLength = 5;

    /// <summary>Words that stand for the country, province or city the article is about.</summary>
    public static readonly string[] CueWords = ["全国", "我国", "全省", "我省", "全市", "我市", "全区"];

    public ArticleContext Context { get; } = context;

    public int SentenceStart { get; } = sentenceStart;

    /// <summary>The last single figure read in this sentence: its qualifier carries over to bare metrics that follow.</summary>
    public ObservationDraft? Previous { get; set; }

    /// <summary>The subject a clause of this sentence named: later clauses that name none are about it too.</summary>
    public EntityRef? SentenceSubject { get; set; }

    /// <summary>The last period the sentence names before <paramref name="position"/> (截至5月4日), which outweighs an event's dates.</summary>
    public Dates.Period? SentencePeriodBefore(int position) =>
        Context.Periods.LastReportedBefore(position) is { } mention && mention.Start >= SentenceStart ? mention.Period : null;

    /// <summary>
    /// The period an event's figure is of: the one its sentence names, else an as-of day (截至5月4日) the paragraph just
    /// before named, when this paragraph names none before <paramref name="position"/> — a count stated as of a day and its
    /// breakdown in the next paragraph (…名采购商到会。/ 其中某类采购商…人) are of the same day; the day must fall inside the
    /// event's dates, and it carries one paragraph only.
    /// </summary>
    public Dates.Period? EventFigurePeriodBefore(int position) => SentencePeriodBefore(position) ?? AsOfDayOfPreviousParagraph(position);

    private Dates.Period? AsOfDayOfPreviousParagraph(int position)
    {
        var text = Context.Text;
        var paragraphStart = SentenceStart;
        while (paragraphStart > Context.Segment.BodyStart && text[paragraphStart - 1] != '\n')
        {
            paragraphStart--;
        }

        if (MainEvent is not { } main || Context.Periods.In(paragraphStart, position).Any(m => !m.IsComparisonBase))
        {
            return null;
        }

        var previousEnd = paragraphStart;
        while (previousEnd > Context.Segment.BodyStart && char.IsWhiteSpace(text[previousEnd - 1]))
        {
            previousEnd--;
        }

        var previousStart = previousEnd;
        while (previousStart > Context.Segment.BodyStart && text[previousStart - 1] != '\n')
        {
            previousStart--;
        }

        var asOf = Context.Periods.In(previousStart, previousEnd).LastOrDefault(m => !m.IsComparisonBase);
        return asOf is { Period: var day } && day.Start == day.End && day.Start >= main.Start && day.Start <= main.End
            && text.AsSpan(asOf.Start).StartsWith("截至")
            ? day
            : null;
    }

    /// <summary>
    /// The event and its day when the sentence, before <paramref name="position"/>, says the figures are of the day of an
    /// event (…举行某仪式，…，当天签约项目15个; 大会开幕当天，20个项目现场签约): the last dated event the sentence names
    /// before 当天/当日, else the event the sentence or the article reports on; its first day, or its last after 闭幕.
    /// </summary>
    public (EntityRef Event, Dates.Period Day)? EventDayBefore(int position)
    {
        var text = Context.Text;
        var at = Math.Max(LastIndex(text, "当天", SentenceStart, position), LastIndex(text, "当日", SentenceStart, position));
        if (at < 0)
        {
            return null;
        }

        var named = Context.HitsIn(SentenceStart, at, EntityKind.Event).LastOrDefault(h => Context.Dates.ContainsKey(h.Entity!));
        (EntityRef Event, DateOnly Start, DateOnly End)? dated = named is not null
            ? (named.Entity!, Context.Dates[named.Entity!].Start, Context.Dates[named.Entity!].End ?? Context.Dates[named.Entity!].Start)
            : IsAboutEvent ? MainEvent : null;
        if (dated is not { } found)
        {
            return null;
        }

        var day = at >= 2 && text.AsSpan(at - 2, 2).SequenceEqual("闭幕") ? found.End : found.Start;
        return (found.Event, new Dates.Period(day, day));
    }

    private static int LastIndex(string text, string word, int start, int end) =>
        end - start < word.Length ? -1 : text.LastIndexOf(word, end - 1, end - start, StringComparison.Ordinal);

    /// <summary>The last industry named in this sentence before <paramref name="position"/>, with 离岸/在岸 when printed before it.</summary>
    public string? LastIndustryBefore(int position, bool withModifier = false)
    {
        if (Context.HitsIn(SentenceStart, position, EntityKind.Industry).LastOrDefault() is not { } hit)
        {
            return null;
        }

        var modifier = withModifier && hit.Start - 2 >= SentenceStart && Modifiers.Contains(Context.Text.Substring(hit.Start - 2, 2))
            ? Context.Text.Substring(hit.Start - 2, 2)
            : string.Empty;
        return modifier + hit.Entity!.Name;
    }

    // Outsourcing and trade statistics split every figure into offshore and onshore parts; the split is part of the metric.
    private static readonly string[] Modifiers = ["离岸", "在岸", "境外", "境内"];

    /// <summary>The article's dated event (第三届数字丝路博览会 4 月 29 日至 30 日), the subject of its own results.</summary>
    public (EntityRef Event, DateOnly Start, DateOnly End)? MainEvent => Context.MainEvent;

    /// <summary>
    /// True when the sentence opens on the event (本届博览会…, 展会期间…), or the whole article reports on it (its dated event is
    /// named in the title or the opening sentence): its figures are the event's results unless a clause names another subject.
    /// </summary>
    public bool IsAboutEvent { get; } = MainEventIn(context) && (context.IsEventReport || EventReference().IsMatch(
        context.Text.AsSpan(sentenceStart, Math.Min(EventReferenceWindow, context.End - sentenceStart))));

    /// <summary>
    /// The group a clause of this sentence opens with (一季度省属企业营收…, 规模以上工业企业…), nearest first: bare metrics
    /// that follow are that group's, not the whole place's.
    /// </summary>
    public string? PopulationBefore(int position)
    {
        var text = Context.Text;
        foreach (var (clauseStart, _) in Text.TextSegments.Split(text, SentenceStart, position, clauses: true).AsEnumerable().Reverse())
        {
            var at = clauseStart;
            while (Context.Periods.StartingAt(at) is { } period)
            {
                at = period.End;
            }

            while (at < position && CueWords.Any(w => text.AsSpan(at).StartsWith(w)))
            {
                at += 2;
            }

            var limit = Math.Min(position, at + MaxPopulationLength);
            var found = limit > at ? text.IndexOf("企业", at, limit - at, StringComparison.Ordinal) : -1;
            if (found > at && text.AsSpan(at, found - at).IndexOfAny("，。；、的") < 0)
            {
                return text[at..(found + 2)];
            }
        }

        return null;
    }

    /// <summary>The subject when the clause names none: a cue word in the clause or sentence, else the article's main place.</summary>
    public EntityRef DefaultSubject(string? cue, int position)
    {
        if (IsAboutEvent && MainEvent is { } main)
        {
            return main.Event;
        }

        cue ??= CueAt(position);
        if (MainZone is { } zone && cue is null or "全区")
        {
            return zone;
        }

        var place = cue switch
        {
            "全国" or "我国" => Context.Gazetteer.China,
            "全省" or "我省" => ProvinceMeant(),
            "全市" or "我市" => PlaceContext.City(Context) ?? Context.PlaceCues.PlaceOpeningBodyName("city"),
            null when ProvincialClassBefore(position) => ProvinceMeant(),
            _ => null,
        };
        if (place is null && cue is null && PlaceContext.Province(Context) is null && !Context.PlaceCues.IsNational
            && Context.PlaceCues.SpeaksOfItsProvince)
        {
            // A provincial report (全省…, 省属企业…) that names its province only in a body's name: its other figures are the
            // province's too. Not in a national report that quotes a provincial body (全国…; 某省商务厅表示，全省…), nor when
            // bodies of several provinces are quoted.
            place = Context.PlaceCues.SoleProvinceOpeningBodyNames();
        }

        return Context.PlaceRef(place ?? Context.MainPlace ?? Context.Gazetteer.China);
    }

    /// <summary>The province 全省 means: the article's, else the one opening the name of a body it quotes.</summary>
    private GazetteerEntry? ProvinceMeant() =>
        PlaceContext.Province(Context) ?? Context.PlaceCues.PlaceOpeningBodyName("province");

    /// <summary>
    /// 省属企业, 省管企业: a class of a province's companies is named before <paramref name="position"/> or opens the sentence
    /// (a figure's noun phrase may start the sentence, so its opening words are read too).
    /// </summary>
    private bool ProvincialClassBefore(int position)
    {
        var end = Math.Min(Context.End, Math.Max(position, SentenceStart + ProvincialClassWindow));
        var span = Context.Text.AsSpan(SentenceStart, Math.Max(0, end - SentenceStart));
        return span.Contains("省属", StringComparison.Ordinal) || span.Contains("省管", StringComparison.Ordinal);
    }

    private const int ProvincialClassWindow = 12;

    /// <summary>
    /// The first cue word of the sentence before <paramref name="position"/> that names the subject: one after a comparative
    /// (比同期全国平均水平低, 高于全国) is the base of a comparison, not whose figure it is.
    /// </summary>
    private string? CueAt(int position)
    {
        var text = Context.Text;
        for (var at = SentenceStart; at + 2 <= position; at++)
        {
            if (CueWords.FirstOrDefault(w => string.CompareOrdinal(text, at, w, 0, 2) == 0) is { } word && !AfterComparative(text, at))
            {
                return word;
            }
        }

        return null;
    }

    private static bool AfterComparative(string text, int at)
    {
        var from = Math.Max(0, at - ComparativeWindow);
        var before = text.AsSpan(from, at - from);
        return before.IndexOfAny("比较于") >= 0 && before.IndexOfAny("，。；") < 0;
    }

    private const int ComparativeWindow = 4;

    /// <summary>
    /// The topic of the sentence so far: a place or company that opens one of its clauses before <paramref name="position"/>
    /// (作为…，经开区去年…，全年共签约项目52个 → the zone), nearest first; a period word may come before it.
    /// </summary>
    public EntityRef? TopicBefore(int position)
    {
        var text = Context.Text;
        foreach (var (clauseStart, _) in Text.TextSegments.Split(text, SentenceStart, position, clauses: true).AsEnumerable().Reverse())
        {
            var at = clauseStart;
            while (Context.Periods.StartingAt(at) is { } period)
            {
                at = period.End;
            }

            if (Context.HitsIn(at, Math.Min(position, at + TopicLength), EntityKind.Place, EntityKind.Company)
                    .FirstOrDefault(h => h.Start == at) is { } hit)
            {
                return hit.Entity;
            }
        }

        return null;
    }

    private const int TopicLength = 30;

    /// <summary>A development zone the title or the opening names (某市经济技术开发区…): the place a zone's report is about.</summary>
    private EntityRef? MainZone => Context.Hits
        .TakeWhile(h => h.Start < Context.Segment.BodyStart + OpeningLength)
        .FirstOrDefault(h => h.Entity is { Kind: EntityKind.Place, Subtype: ZoneRecognizer.Subtype })?.Entity;

    private const int OpeningLength = 120;

    private static bool MainEventIn(ArticleContext context) => context.MainEvent is not null;

    [GeneratedRegex(@"本届|本次|此次|展会期间|会议期间|峰会期间|博览会期间|大会期间")]
    internal static partial Regex EventReference();
}
