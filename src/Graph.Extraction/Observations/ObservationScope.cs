using System.Text.RegularExpressions;
using Graph.Domain.Model;
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
    public static readonly string[] CueWords = ["全国", "我国", "全省", "我省", "全市", "我市"];

    public ArticleContext Context { get; } = context;

    public int SentenceStart { get; } = sentenceStart;

    /// <summary>The last single figure read in this sentence: its qualifier carries over to bare metrics that follow.</summary>
    public ObservationDraft? Previous { get; set; }

    /// <summary>The subject a clause of this sentence named: later clauses that name none are about it too.</summary>
    public EntityRef? SentenceSubject { get; set; }

    /// <summary>The last period the sentence names before <paramref name="position"/> (截至5月4日), which outweighs an event's dates.</summary>
    public Dates.Period? SentencePeriodBefore(int position) =>
        Context.Periods.LastReportedBefore(position) is { } mention && mention.Start >= SentenceStart ? mention.Period : null;

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

    /// <summary>The article's dated event (第八届数字中国建设峰会 4 月 29 日至 30 日), the subject of its own results.</summary>
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

        var sentence = Context.Text[SentenceStart..position];
        cue ??= CueWords.FirstOrDefault(w => sentence.Contains(w, StringComparison.Ordinal));
        var place = cue switch
        {
            "全国" or "我国" => Context.Gazetteer.China,
            "全省" or "我省" => PlaceContext.Province(Context),
            "全市" or "我市" => PlaceContext.City(Context),
            _ => null,
        };
        return Context.PlaceRef(place ?? Context.MainPlace ?? Context.Gazetteer.China);
    }

    private static bool MainEventIn(ArticleContext context) => context.MainEvent is not null;

    [GeneratedRegex(@"本届|本次|此次|展会期间|会议期间|峰会期间|博览会期间|大会期间")]
    internal static partial Regex EventReference();
}
