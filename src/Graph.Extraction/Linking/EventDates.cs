using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Linking;

/// <summary>
/// When an event took place, from any sentence that dates it and says it was held: "第9届数贸会于4月15日至5月5日在广州分三期
/// 举办", "9月20日至23日在安徽合肥举办的本届大会", "去年9月27日，经开区举行…开工仪式". The event is the one named nearest the
/// date in the sentence, or the article's first event when the sentence refers to it (本届, 本次, 此次). A range beats a day.
/// A closing report gives the last day and the length (为期四天的某博览会11月10日闭幕, 为期五天的某交易会昨天落下帷幕): the
/// range is counted back from the closing day, or on from an opening day; 昨天/今天 count from the publication date.
/// </summary>
internal static partial class EventDates
{
    private const int MaxDateToEvent = 40;
    private static readonly string[] HoldVerbs = ["举行", "举办", "召开", "开幕", "闭幕", "落幕", "落下帷幕", "开展"];

    public static void Settle(ArticleContext context)
    {
        var events = context.Hits.Where(h => h.Entity is { Kind: EntityKind.Event }).ToList();
        if (events.Count == 0 || context.Document.Year is not { } documentYear)
        {
            return;
        }

        SettleDated(context, events, documentYear);
        SettleRelativeDays(context, events);
    }

    private static void SettleDated(ArticleContext context, List<Hit> events, int documentYear)
    {
        var text = context.Text;
        for (var match = SentenceDate().Match(text, context.Start, context.End - context.Start); match.Success; match = match.NextMatch())
        {
            context.Checkpoint(match.Index);
            var (sentenceStart, sentenceEnd) = TextSegments.Sentence(text, match.Index, context.Start, context.End);
            var sentence = text[sentenceStart..sentenceEnd];
            if (!sentence.AsSpan().ContainsAny(HoldVerbsSearch)
                || (IsDateline(text, match.Index + match.Length) && RelativeDay().IsMatch(sentence)))
            {
                // 某网3月6日消息：为期五天的某交易会昨天闭幕 — the report's date, not the event's: 昨天 dates it.
                continue;
            }

            var year = match.Groups["y"].Success ? Number(match, "y")
                : match.Groups["rel"].Value == "去年" ? documentYear - 1
                : match.Groups["rel"].Value == "明年" ? documentYear + 1
                : documentYear;
            if (Target(context, events, match, sentenceStart, sentenceEnd) is not { } target || Range(match, year) is not { } range)
            {
                continue;
            }

            range = Lengthened(sentence, range);
            var ranged = range.Start != range.End;
            if (!context.Dates.TryGetValue(target, out var known) || (ranged && known.End is { } end && end == known.Start))
            {
                context.Dates[target] = (range.Start, range.End);
            }
        }
    }

    /// <summary>为期四天的某交易会于昨天闭幕: the day the publication date's 昨天/今天 names, for a sentence that gives no date.</summary>
    private static void SettleRelativeDays(ArticleContext context, List<Hit> events)
    {
        if (context.Document.PublishedAt is not { } published)
        {
            return;
        }

        var text = context.Text;
        for (var match = RelativeDay().Match(text, context.Start, context.End - context.Start); match.Success; match = match.NextMatch())
        {
            context.Checkpoint(match.Index);
            var (sentenceStart, sentenceEnd) = TextSegments.Sentence(text, match.Index, context.Start, context.End);
            var sentence = text[sentenceStart..sentenceEnd];
            if (SentenceDate().Matches(sentence).Any(m => !IsDateline(sentence, m.Index + m.Length))
                || !HoldVerbFollows(text, match, sentenceEnd) || IsFromOrUntil(text, match, sentenceStart))
            {
                continue;
            }

            var day = published.AddDays(match.Value[0] == '昨' ? -1 : 0);
            if (Target(context, events, match, sentenceStart, sentenceEnd) is { } target && !context.Dates.ContainsKey(target))
            {
                var range = Lengthened(sentence, (day, day));
                context.Dates[target] = (range.Start, range.End);
            }
        }
    }

    private static bool IsDateline(string text, int after) => Dateline.MarkAt(text, after);

    /// <summary>
    /// 昨天在某地闭幕, 于今天开幕: a hold verb follows the relative day in its own clause, within a place's reach. A verb in a
    /// later clause (自今日起接受报名，博览会将在某市举办) says nothing of the day.
    /// </summary>
    private static bool HoldVerbFollows(string text, Match day, int sentenceEnd)
    {
        var start = day.Index + day.Length;
        var end = Math.Min(sentenceEnd, start + RelativeDayReach);
        var clauseEnd = text.AsSpan(start, end - start).IndexOfAny("，,；;：:");
        var clause = text.AsSpan(start, clauseEnd < 0 ? end - start : clauseEnd);
        return clause.ContainsAny(HoldVerbsSearch);
    }

    private const int RelativeDayReach = 16;

    /// <summary>自今日起, 从今天起, 截至今日: the day opens or closes a stretch of time, it is not the day of an event.</summary>
    private static bool IsFromOrUntil(string text, Match day, int sentenceStart)
    {
        var after = day.Index + day.Length;
        var before = text.AsSpan(sentenceStart, day.Index - sentenceStart);
        return (after < text.Length && text[after] == '起') || before.EndsWith("自", StringComparison.Ordinal)
            || before.EndsWith("从", StringComparison.Ordinal) || before.EndsWith("截至", StringComparison.Ordinal)
            || before.EndsWith("截止", StringComparison.Ordinal);
    }

    /// <summary>A single day and a length (为期3天, 为期五天): the day closes the range after 闭幕/落幕, else opens it.</summary>
    private static (DateOnly Start, DateOnly End) Lengthened(string sentence, (DateOnly Start, DateOnly End) range)
    {
        if (range.Start != range.End || Duration().Match(sentence) is not { Success: true } match || DayCount(match.Groups["n"].Value) is not { } days)
        {
            return range;
        }

        var closing = sentence.Contains("闭幕", StringComparison.Ordinal) || sentence.Contains("落幕", StringComparison.Ordinal)
            || sentence.Contains("落下帷幕", StringComparison.Ordinal);
        return closing ? (range.Start.AddDays(1 - days), range.End) : (range.Start, range.End.AddDays(days - 1));
    }

    /// <summary>A length of 2 to 60 days (为期3天, 为期五天).</summary>
    private static int? DayCount(string written) => SmallCount.Parse(written) is >= 2 and <= 60 and var days ? days : null;

    private static readonly SearchValues<string> HoldVerbsSearch =
        SearchValues.Create(HoldVerbs, StringComparison.Ordinal);

    private static EntityRef? Target(ArticleContext context, List<Hit> events, Match date, int sentenceStart, int sentenceEnd)
    {
        var after = date.Index + date.Length;
        var next = events.FirstOrDefault(e => e.Start >= after && e.Start < sentenceEnd && e.Start - after <= MaxDateToEvent);
        var before = events.LastOrDefault(e => e.End <= date.Index && e.Start >= sentenceStart);
        if (next is not null && (before is null || next.Start - after <= date.Index - before.End))
        {
            return next.Entity;
        }

        if (before is not null)
        {
            return before.Entity;
        }

        var sentence = context.Text[sentenceStart..sentenceEnd];
        return Words.EventReferences.Any(r => sentence.Contains(r, StringComparison.Ordinal)) ? events[0].Entity : null;
    }

    private static (DateOnly Start, DateOnly End)? Range(Match match, int year)
    {
        var firstMonth = Number(match, "m1");
        var lastMonth = match.Groups["m2"].Success ? Number(match, "m2") : firstMonth;
        if (!TryDate(year, firstMonth, Number(match, "d1"), out var start))
        {
            return null;
        }

        return match.Groups["d2"].Success && TryDate(year, lastMonth, Number(match, "d2"), out var end) && end >= start ? (start, end) : (start, start);
    }

    internal static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    internal static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"(?:(?<rel>去年|今年|明年)|(?<y>(?:19|20)[0-9]{2})年)?(?<m1>[0-9]{1,2})月(?<d1>[0-9]{1,2})日(?:[至到\-—–~～](?:(?<m2>[0-9]{1,2})月)?(?<d2>[0-9]{1,2})日)?")]
    private static partial Regex SentenceDate();

    [GeneratedRegex(@"为期(?<n>[0-9]{1,2}|[两三四五六七八九十])(?:天|日)")]
    private static partial Regex Duration();

    [GeneratedRegex(@"昨天|昨日|今天|今日")]
    private static partial Regex RelativeDay();
}
