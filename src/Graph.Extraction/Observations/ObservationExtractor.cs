using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Dates;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction.Observations;

/// <summary>
/// Reads figures clause by clause: "&lt;subject&gt;&lt;metric&gt;&lt;number&gt;&lt;unit&gt;" with the year-on-year change that
/// follows (同比增长 57%), growth-only clauses (地区生产总值同比增长 6.2%), shares (占比 79.8%) and listed breakdowns
/// (ITO、BPO 和 KPO 执行额分别为 …，同比增速分别为 …).
/// </summary>
internal static partial class ObservationExtractor
{
    public static List<ObservationDraft> Extract(ArticleContext context)
    {
        var drafts = new List<ObservationDraft>();
        var text = context.Text;
        foreach (var (sentenceStart, sentenceEnd) in TextSegments.Split(text, context.Segment.BodyStart, context.End, clauses: false))
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var scope = new ObservationScope(context, sentenceStart);
            var clauses = TextSegments.Split(text, sentenceStart, sentenceEnd, clauses: true)
                .Select(c => (c.Start, End: ContentEnd(text, c.Start, c.End)))
                .ToList();
            for (var i = 0; i < clauses.Count; i++)
            {
                var (start, end) = clauses[i];
                var next = i + 1 < clauses.Count ? clauses[i + 1] : (Start: end, End: end);
                var consumedNext = Distribution(scope, start, end, drafts)
                    ?? Shares(scope, start, end, drafts)
                    ?? List(scope, start, end, next, drafts)
                    ?? RespectivePercents(scope, start, end, drafts)
                    ?? Points(scope, start, end, drafts)
                    ?? Completion(scope, start, end, drafts)
                    ?? Ranks(scope, start, end, drafts)
                    ?? Share(scope, start, end, drafts)
                    ?? Participants(scope, start, end, drafts)
                    ?? Growth(scope, start, end, drafts)
                    ?? Comparison(scope, start, end, drafts)
                    ?? Level(scope, start, end, next, drafts);
                i += consumedNext == true ? 1 : 0;
            }
        }

        return QualifiedByCount(Distinct(drafts, context));
    }

    /// <summary>
    /// "签约项目 19 个，总投资额 163.6 亿元；开工项目 17 个，总投资额 126.6 亿元": a figure whose name, subject, period and unit an
    /// earlier one of another value already has would share its ID and be lost; when a count comes just before it, it is that
    /// count's items' (开工项目总投资额).
    /// </summary>
    private static List<ObservationDraft> QualifiedByCount(List<ObservationDraft> drafts)
    {
        var seen = new Dictionary<(string, EntityRef, Period, string), decimal>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var key = (draft.Indicator.Name, draft.Subject, draft.Period, draft.Unit.Unit);
            if (seen.TryGetValue(key, out var value) && value != draft.Value && i > 0 && drafts[i - 1] is { Unit.IsCount: true } count
                && count.Subject == draft.Subject && count.Period == draft.Period && !draft.Unit.IsCount)
            {
                var items = IndicatorNamer.CountedNoun(count.Indicator.Name);
                drafts[i] = draft = draft with { Indicator = EntityRef.Named(EntityKind.Indicator, items + draft.Indicator.Name) };
                key = (draft.Indicator.Name, draft.Subject, draft.Period, draft.Unit.Unit);
            }

            seen.TryAdd(key, draft.Value);
        }

        return drafts;
    }

    /// <summary>
    /// A title restates what the body reports (某省属企业一季度营业总收入 1447 亿元; 某某区 19 个项目集中签约): a title figure
    /// whose value and unit the body also reads is dropped, whatever subject or period the title's fewer words gave it, and the
    /// body's reading, with its year-on-year change, is kept. Two figures of the body with the same value are two facts
    /// (制造业增长 2.7%, 社零增长 2.7%).
    /// </summary>
    private static List<ObservationDraft> Distinct(List<ObservationDraft> drafts, ArticleContext context)
    {
        bool InTitle(ObservationDraft draft) => draft.Start < context.Segment.BodyStart || draft.Start < context.Segment.TitleEnd;
        var inBody = drafts.Where(d => !InTitle(d)).Select(d => (d.Value, d.Unit.Unit)).ToHashSet();
        var kept = drafts.Where(d => !InTitle(d) || !inBody.Contains((d.Value, d.Unit.Unit))).ToList();

        // A report restates its headline figure (累计成交16.42亿美元 in the lead and again in the body, the second time with its
        // change): an amount or a large count of the same subject, period and unit read twice is one fact, kept once, with the
        // change if either reading has one. Small counts and percentages recur as different facts and are left alone.
        // The indicator must agree too (the same name, or one's name inside the other's: 进出口总值, 货物贸易进出口总值), so
        // two measures that happen to share a count (参展企业1500家, 采购商1500家) stay two facts.
        var first = new Dictionary<(EntityKind, string, decimal, string, Period), List<int>>();
        var result = new List<ObservationDraft>(kept.Count);
        foreach (var draft in kept)
        {
            var key = (draft.Subject.Kind, draft.Subject.Name, draft.Value, draft.Unit.Unit, draft.Period);
            var earlier = first.TryGetValue(key, out var list) ? list : first[key] = [];
            var at = IsDistinctiveAmount(draft) ? earlier.FindIndex(i => SameIndicator(result[i], draft)) : -1;
            if (at < 0)
            {
                earlier.Add(result.Count);
                result.Add(draft);
                continue;
            }

            at = earlier[at];

            if (result[at].YoyPct is null && draft.YoyPct is not null)
            {
                result[at] = result[at] with { YoyPct = draft.YoyPct };
            }
        }

        return result;
    }

    /// <summary>
    /// Two readings of one measure: the same name, one inside the other (成交额, 意向成交额), or a shared word of three
    /// characters or more (外贸进出口额, 货物贸易进出口总值); 参展企业 and 签约企业 share only 企业 and are two measures.
    /// </summary>
    private static bool SameIndicator(ObservationDraft a, ObservationDraft b)
    {
        var (x, y) = (a.Indicator.Name, b.Indicator.Name);
        if (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal))
        {
            return true;
        }

        for (var i = 0; i + SharedMetricLength <= x.Length; i++)
        {
            if (y.AsSpan().IndexOf(x.AsSpan(i, SharedMetricLength), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private const int SharedMetricLength = 3;

    private static bool IsDistinctiveAmount(ObservationDraft draft) =>
        !draft.Unit.IsPercent && (draft.Value != decimal.Truncate(draft.Value) || draft.Value >= DistinctiveCount);

    private const decimal DistinctiveCount = 1000m;

    /// <summary>
    /// "营业总收入1447亿元、利润总额97.4亿元，同比分别增长18.1%和168.3%": the changes go, in order, to the figures this sentence
    /// has read that have none yet.
    /// </summary>
    private static bool? Distribution(ObservationScope scope, int start, int end, List<ObservationDraft> drafts)
    {
        var text = scope.Context.Text;
        // The pattern is anchored on 同比: other clauses are spared the substring and the match.
        if (!text.AsSpan(start, end - start).StartsWith("同比", StringComparison.Ordinal))
        {
            return null;
        }

        var clause = text[start..end];
        if (!YoyList().IsMatch(clause))
        {
            return null;
        }

        var changes = Percent().Matches(clause);
        var open = drafts.Select((d, i) => (Draft: d, Index: i))
            .Where(p => p.Draft.Start >= scope.SentenceStart && p.Draft.YoyPct is null && !p.Draft.Unit.IsPercent)
            .TakeLast(changes.Count)
            .ToList();
        if (changes.Count < 2 || open.Count != changes.Count)
        {
            return null;
        }

        var falling = YoyList().Match(clause).Groups["dir"].Value is "下降" or "减少";
        for (var k = 0; k < open.Count; k++)
        {
            var change = Number(changes[k].Groups["v"].Value) * (falling ? -1 : 1);
            drafts[open[k].Index] = open[k].Draft with { YoyPct = change, End = end };
        }

        scope.Previous = drafts[open[^1].Index];
        return false;
    }

    /// <summary>
    /// The period in force at <paramref name="position"/>: the last period named before it in the article, else the document's
    /// year, else none the text states (the figure is kept, its period unresolved).
    /// </summary>
    private static Period? PeriodAt(ArticleContext context, int position)
    {
        var mention = context.Periods.LastReportedBefore(position);
        if (StockAsOfPublication(context, mention, position) is { } day)
        {
            return day;
        }

        return mention?.Period ?? (context.Document.Year is { } year ? Period.Year(year) : Period.None);
    }

    /// <summary>
    /// A stock, not a flow: under 今年以来 a total reached (上市公司总数达到42家, 试点企业累计达到195户) or a level of a ratio
    /// (资产证券化率超过51%, 覆盖面为7.6%) holds on the day of publication; so does a figure the clause dates 目前 (now) with no
    /// period of its own. What was added over the months (新增, 实现) stays a flow over the period.
    /// </summary>
    private static Period? StockAsOfPublication(ArticleContext context, PeriodMention? mention, int position)
    {
        if (context.Document.PublishedAt is not { } published)
        {
            return null;
        }

        var text = context.Text;
        var clauseStart = position;
        while (clauseStart > context.Start && text[clauseStart - 1] is not ('，' or '；' or '。' or '\n'))
        {
            clauseStart--;
        }

        var sentenceStart = clauseStart;
        while (sentenceStart > context.Start && text[sentenceStart - 1] is not ('。' or '\n'))
        {
            sentenceStart--;
        }

        var clause = text.AsSpan(clauseStart, position - clauseStart);
        var sinceYearStart = mention is { } m && m.Start >= sentenceStart && m.Period.End == published
            && m.Period.Start == new DateOnly(published.Year, 1, 1) && m.Period.Start != m.Period.End;
        var now = (mention is null || mention.End <= sentenceStart) && NowCue().IsMatch(text.AsSpan(sentenceStart, position - sentenceStart));
        if (!sinceYearStart && !now)
        {
            return null;
        }

        return StockCue().IsMatch(clause) && !FlowCue().IsMatch(clause) ? new Period(published, published) : null;
    }

    [GeneratedRegex(@"^\s*(?:截至)?目前")]
    private static partial Regex NowCue();

    [GeneratedRegex(@"总数|总量|累计达|余额|保有量|覆盖面|率(?:为|达到|达|超过)|(?:共有|拥有)")]
    private static partial Regex StockCue();

    [GeneratedRegex(@"新增|新确定|实现|增长|增速|同比|下降")]
    private static partial Regex FlowCue();

    private static int ContentEnd(string text, int start, int end)
    {
        while (end > start && (CharClass.IsPunctuation(text[end - 1]) || text[end - 1] == ' '))
        {
            end--;
        }

        return end;
    }

    /// <summary>A number as written, thousands separators (288,938) read past.</summary>
    private static decimal Number(string value) =>
        decimal.Parse(value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static decimal Signed(Match match) =>
        Falls.Contains(match.Groups["dir"].Value) ? -Number(match.Groups["v"].Value) : Number(match.Groups["v"].Value);

    private static readonly HashSet<string> Falls = [.. FallingWords.Split('|')];

    /// <summary>A number and its unit; the look-behind keeps 2.7 from matching as 7; 288,938 is one number.</summary>
    [GeneratedRegex(@"(?<![0-9.,])(?<v>-?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{1,4})?|-?[0-9]{1,9}(?:\.[0-9]{1,4})?)(?<u>" + Units.Pattern + ")")]
    private static partial Regex Quantity();

    /// <summary>What a year-on-year change is stated against (同比, 比上年同期, 较上届 …), as a regex alternation.</summary>
    private const string YoyBases = "同比|比上年同期|比上年|比去年同期|较上年同期|较上年|较去年同期|较去年|比上届|较上届|比首届|较首届";

    /// <summary>The words of a fall, as a regex alternation; <see cref="Signed"/> negates what they match.</summary>
    private const string FallingWords = "下降|减少|回落|下滑|微降";

    [GeneratedRegex("^(?:" + YoyBases + ")(?<dir>增长|增加|提高|上升|" + FallingWords + @")(?<v>-?[0-9]{1,6}(?:\.[0-9]{1,4})?)%$")]
    private static partial Regex YoyClause();

    [GeneratedRegex(@"^(?<np>[^，。；]{0,40}?)(?:" + YoyBases + ")?(?<dir>增长|增加|提高|上升|上涨|" + FallingWords + @")(?<v>-?[0-9]{1,6}(?:\.[0-9]{1,4})?)%(?:以上|左右)?$")]
    private static partial Regex GrowthClause();

    [GeneratedRegex(@"^(?<sum>合计)?占(?:比)?[^，。；]{0,30}?的?(?:为|达|达到)?(?<v>[0-9]{1,3}(?:\.[0-9]{1,4})?)%$|占比(?:为|达|达到)?(?<v>[0-9]{1,3}(?:\.[0-9]{1,4})?)%$")]
    private static partial Regex ShareClause();

    [GeneratedRegex(@"^(?:同比)(?:增速)?分别(?:为|是)?(?<dir>增长|增加|下降|减少)?")]
    private static partial Regex YoyList();

    [GeneratedRegex(@"(?<v>-?[0-9]{1,6}(?:\.[0-9]{1,4})?)%")]
    private static partial Regex Percent();
}
