using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Recognition;

namespace Graph.Extraction.Observations;

internal static partial class ObservationExtractor
{
    private const string PointsUnit = "个百分点";
    private static readonly string[] Comparatives = ["高于", "低于", "快于", "慢于", "较", "比"];
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
        var growth = previous is null ? "增速"
            : previous.Indicator.Name.EndsWith(GrowthTail, StringComparison.Ordinal) ? previous.Indicator.Name : previous.Indicator.Name + GrowthTail;
        var subject = previous?.Subject ?? scope.DefaultSubject(null, start);
        var period = previous?.Period ?? PeriodAt(scope.Context, start + values[0].Index);
        if (period is not { } known)
        {
            return false;
        }

        for (var k = 0; k < values.Count; k++)
        {
            var against = bases.Length == values.Count ? bases[k] : bases.Length == 1 ? bases[0] : (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var indicator = EntityRef.Named(EntityKind.Indicator, growth + cmp + against + direction);
            // The indicator's mention is the comparative word it is named by (较, 高于), when the clause has one.
            var (wordStart, wordEnd) = cmpAt >= 0 ? (cmpAt, cmpAt + cmp.Length) : (start, start);
            drafts.Add(new ObservationDraft(indicator, wordStart, wordEnd, subject, Number(values[k].Groups["v"].Value),
                Units.Get(PointsUnit), known, null, previous?.IsTarget ?? false, start, end));
        }

        return false;
    }

    /// <summary>依次位列…第4、第2、第4和第4位: each rank a figure of its own, in 位.</summary>
    private static bool? Ranks(ObservationScope scope, int start, int end, List<ObservationDraft> drafts)
    {
        var match = RankList().Match(scope.Context.Text, start, end - start);
        if (!match.Success || PeriodAt(scope.Context, match.Index) is not { } period)
        {
            return null;
        }

        var subject = scope.DefaultSubject(null, start);
        var indicator = EntityRef.Named(EntityKind.Indicator, "排名");
        foreach (Capture value in match.Groups["v"].Captures)
        {
            drafts.Add(new ObservationDraft(indicator, match.Index, match.Index, subject, Number(value.Value), Units.Get("位"),
                period, null, false, start, end));
        }

        return false;
    }

    // Numbers that run, through 、 和 及, to the 个百分点 closing the clause; 前5个月 is no gap.
    [GeneratedRegex(@"(?<![0-9.])(?<v>[0-9]{1,4}(?:\.[0-9]{1,4})?)(?=(?:个百分点|个(?!月)|[、和及]|以上|$))")]
    private static partial Regex PointValues();

    [GeneratedRegex(@"第(?<v>[0-9]{1,3})(?:位|名)?(?:[、和及]第(?<v>[0-9]{1,3})(?:位|名)?)*(?:位|名)")]
    private static partial Regex RankList();

    [GeneratedRegex(@"(?<![0-9.])(?<v>[0-9]{1,4}(?:\.[0-9]{1,4})?)个")]
    private static partial Regex PointValue();
}
