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
        if (!text.AsSpan(start, end - start).EndsWith(PointsUnit) || scope.Previous is not { } previous)
        {
            return null;
        }

        var (cmpAt, cmp) = (-1, string.Empty);
        foreach (var word in Comparatives)
        {
            var at = text.IndexOf(word, start, end - start, StringComparison.Ordinal);
            (cmpAt, cmp) = at >= 0 && (cmpAt < 0 || at < cmpAt) ? (at, word) : (cmpAt, cmp);
        }

        var from = cmpAt + cmp.Length;
        var values = cmpAt < 0 ? [] : PointValue().Matches(text[from..end]).ToList();
        if (values.Count == 0)
        {
            return false;
        }

        var baseText = text[from..(from + values[0].Index)];
        var direction = Directions.FirstOrDefault(d => baseText.EndsWith(d, StringComparison.Ordinal)) ?? string.Empty;
        baseText = baseText[..^direction.Length];
        var bases = baseText.Split(ItemSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (bases.Length != values.Count || bases.Any(b => b.Length == 0))
        {
            return false;
        }

        var growth = previous.Indicator.Name.EndsWith(GrowthTail, StringComparison.Ordinal) ? previous.Indicator.Name : previous.Indicator.Name + GrowthTail;
        for (var k = 0; k < values.Count; k++)
        {
            var indicator = EntityRef.Named(EntityKind.Indicator, growth + cmp + bases[k] + direction);
            drafts.Add(new ObservationDraft(indicator, cmpAt, cmpAt + cmp.Length, previous.Subject, Number(values[k].Groups["v"].Value),
                Units.Get(PointsUnit), previous.Period, null, previous.IsTarget, start, end));
        }

        return false;
    }

    [GeneratedRegex(@"(?<![0-9.])(?<v>[0-9]{1,4}(?:\.[0-9]{1,4})?)个")]
    private static partial Regex PointValue();
}
