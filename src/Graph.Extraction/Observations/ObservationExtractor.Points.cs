using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Recognition;

namespace Graph.Extraction.Observations;

internal static partial class ObservationExtractor
{
    private const string PointsUnit = "个百分点";
    private static readonly string[] Comparatives = ["高于", "低于", "快于", "慢于", "高出", "超出", "较", "比"];
    private static readonly string[] Directions = ["提高", "加快", "回落", "下降", "放缓", "扩大", "收窄", "上升", "降低"];

    /// <summary>
    /// A gap in percentage points against a base, read as a figure of its own about the previous growth rate:
    /// "增速较一季度提高 0.4 个百分点" → 软件业务收入增速较一季度提高 = 0.4 个百分点; "分别高于全国和全省 0.8 个、1 个百分点"
    /// → one figure per base. Points are never mixed up with percent: they keep their own unit.
    /// </summary>
    private static bool? Points(ObservationScope scope, int start, int end, List<ObservationDraft> drafts)
    {
        var text = scope.Context.Text;
        var clause = text.AsSpan(start, end - start);
        if (!(clause.EndsWith(PointsUnit) || clause.EndsWith(PointsUnit + "以上")))
        {
            return null;
        }

        var (cmpAt, cmp) = (-1, string.Empty);
        foreach (var word in Comparatives)
        {
            var at = text.IndexOf(word, start, end - start, StringComparison.Ordinal);
            // 同比增速分别比某某高: the 比 of 同比/环比 is no comparative.
            at = word == "比" && at > start && text[at - 1] is '同' or '环' ? text.IndexOf(word, at + 1, end - at - 1, StringComparison.Ordinal) : at;
            (cmpAt, cmp) = at >= 0 && (cmpAt < 0 || at < cmpAt) ? (at, word) : (cmpAt, cmp);
        }

        // 分别收窄18.3和22.3个百分点, 高5.3、29.5和38.1个百分点: the gaps are the numbers that run to the unit at the end.
        var values = PointValues().Matches(text[start..end]).ToList();
        if (values.Count == 0)
        {
            return false;
        }

        var from = cmpAt >= 0 ? cmpAt + cmp.Length : start + values[0].Index;
        var baseText = from <= start + values[0].Index ? text[from..(start + values[0].Index)] : string.Empty;
        baseText = baseText.Replace("分别", string.Empty, StringComparison.Ordinal);
        var direction = Directions.FirstOrDefault(d => baseText.EndsWith(d, StringComparison.Ordinal)) ?? string.Empty;
        baseText = baseText[..^direction.Length];
        var bases = baseText.Split(ItemSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var previous = scope.Previous;
        var growth = previous is null ? "增速" : GapOf(previous.Indicator.Name);
        var subject = previous?.Subject ?? scope.DefaultSubject(null, start);
        var period = previous?.Period ?? PeriodAt(scope.Context, start + values[0].Index);
        if (period is not { } known)
        {
            return false;
        }

        // One base for several gaps (营业收入、利润总额同比增速分别比某某高 a、b 个百分点): the gaps are the listed metrics'.
        var metrics = values.Count > 1 && bases.Length <= 1 ? RespectiveMetrics(scope, start, start + values[0].Index, values.Count, drafts) : null;
        for (var k = 0; k < values.Count; k++)
        {
            // Without a base per gap, the listed metrics tell the gaps apart; only when neither does is the position the name's.
            var against = bases.Length == values.Count ? bases[k] : bases.Length == 1 ? bases[0]
                : metrics is not null ? string.Empty : (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var gapOf = metrics is null ? growth : GapOf(metrics[k]);
            var indicator = EntityRef.Named(EntityKind.Indicator, gapOf + GapWording(cmp, against, direction));
            // The indicator's mention is the comparative word it is named by (较, 高于), when the clause has one.
            var (wordStart, wordEnd) = cmpAt >= 0 ? (cmpAt, cmpAt + cmp.Length) : (start, start);
            drafts.Add(new ObservationDraft(indicator, wordStart, wordEnd, subject, Number(values[k].Groups["v"].Value),
                Units.Get(PointsUnit), known, null, previous?.IsTarget ?? false, start, end));
        }

        return false;
    }

    private static readonly string[] RateTails = ["率", "比重", "占比", "比例"];

    /// <summary>
    /// What a gap in points is of: a rate or share moves by points itself (城镇调查失业率较上月下降 0.1 个百分点); any other
    /// metric's gap is of its growth rate (营业收入增速较上月加快).
    /// </summary>
    private static string GapOf(string metric) =>
        RateTails.Any(t => metric.EndsWith(t, StringComparison.Ordinal)) ? metric : WithoutGrowthTail(metric) + GrowthTail;

    /// <summary>
    /// The comparison in one wording whatever the text's, so one gap forms one series: 比全国高, 高出全国 → 高于全国;
    /// 比上月加快 → 较上月加快. 高于, 低于, 快于, 慢于 and 较 stay as written.
    /// </summary>
    private static string GapWording(string comparative, string against, string direction) => comparative switch
    {
        "比" or "较" when direction.Length == 0 && against.Length > 1 && against[^1] is '高' or '低' =>
            (against[^1] == '高' ? "高于" : "低于") + against[..^1],
        "比" => "较" + against + direction,
        "高出" or "超出" => "高于" + against + direction,
        _ => comparative + against + direction,
    };

    /// <summary>依次位列…第4、第2、第4和第4位: each rank a figure of its own, in 位.</summary>
    private static bool? Ranks(ObservationScope scope, int start, int end, List<ObservationDraft> drafts)
    {
        var match = RankList().Match(scope.Context.Text, start, end - start);
        if (!match.Success || PeriodAt(scope.Context, match.Index) is not { } period)
        {
            return null;
        }

        var subject = scope.DefaultSubject(null, start);
        var ranks = match.Groups["v"].Captures;
        // 资产总额、营业收入依次位列…第4、第2位: each rank is its metric's.
        var metrics = ranks.Count > 1 ? RespectiveMetrics(scope, start, match.Index, ranks.Count, drafts: null) : null;
        for (var k = 0; k < ranks.Count; k++)
        {
            var indicator = EntityRef.Named(EntityKind.Indicator, metrics is null ? "排名" : metrics[k] + "排名");
            drafts.Add(new ObservationDraft(indicator, match.Index, match.Index, subject, Number(ranks[k].Value), Units.Get("位"),
                period, null, false, start, end));
        }

        return false;
    }

    private static readonly string[] RespectiveCues = ["分别", "依次"];
    private static readonly string[] ListedMetricEnds = ["同比", "增速", "分别", "依次"];
    private const int MaxRespectiveMetric = 16;

    /// <summary>
    /// The metrics that figures said to be 分别/依次 belong to, in order: those listed in the clause before the cue
    /// (1-5月某某营业收入、利润总额、净利润同比增速分别…, the opening period no part of the first), else, when
    /// <paramref name="drafts"/> is given, the figures this sentence has read last (利润总额 a 亿元、净利润 b 亿元，…，降幅分别收窄
    /// x 和 y 个百分点). Null when the clause does not say 分别/依次 or the counts differ.
    /// </summary>
    private static string[]? RespectiveMetrics(ObservationScope scope, int start, int valueStart, int count, List<ObservationDraft>? drafts)
    {
        var text = scope.Context.Text;
        if (!RespectiveCues.Any(c => text.AsSpan(start, valueStart - start).Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        var cut = valueStart;
        foreach (var word in ListedMetricEnds)
        {
            var at = text.IndexOf(word, start, cut - start, StringComparison.Ordinal);
            cut = at >= 0 ? at : cut;
        }

        var from = start;
        if (scope.Context.Periods.In(start, cut).LastOrDefault(p => !p.IsComparisonBase) is { } opening)
        {
            from = opening.End;
        }

        var names = text[from..cut].Split(ItemSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == count && names.All(n => n.Length >= 2 && n.Length <= MaxRespectiveMetric && n.All(Text.CharClass.IsHan)))
        {
            return names;
        }

        if (names.Length > 1 || drafts is null)
        {
            return null;
        }

        var read = LastReadInSentence(scope, drafts, count).Select(d => d.Indicator.Name).ToArray();
        return read.Length == count && read.Distinct(StringComparer.Ordinal).Count() == count ? read : null;
    }

    // Numbers that run, through 、 和 及, to the 个百分点 closing the clause; 前5个月 is no gap.
    [GeneratedRegex(@"(?<![0-9.])(?<v>[0-9]{1,4}(?:\.[0-9]{1,4})?)(?=(?:个百分点|个(?!月)|[、和及]|以上|$))")]
    private static partial Regex PointValues();

    [GeneratedRegex(@"第(?<v>[0-9]{1,3})(?:位|名)?(?:[、和及]第(?<v>[0-9]{1,3})(?:位|名)?)*(?:位|名)")]
    private static partial Regex RankList();

    [GeneratedRegex(@"(?<![0-9.])(?<v>[0-9]{1,4}(?:\.[0-9]{1,4})?)个")]
    private static partial Regex PointValue();
}
