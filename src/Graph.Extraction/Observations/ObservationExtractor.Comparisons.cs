using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Dates;
using Graph.Extraction.Recognition;

namespace Graph.Extraction.Observations;

internal static partial class ObservationExtractor
{
    /// <summary>
    /// A clause that compares the figure just read with a base ("成本为 83.7 元，比 2015 年的 84.8 元下降了 1.1 元，比同期全国平均
    /// 水平低 0.63 元") is about that figure: the gap has its subject and period, not the base's (全国 is what it is compared
    /// with); a base year's value (比 2015 年的 84.8 元) is the metric's own figure in that year. Changes in percent are read
    /// as growth before this; points by <see cref="Points"/>.
    /// </summary>
    private static bool? Comparison(ObservationScope scope, int start, int end, List<ObservationDraft> drafts)
    {
        if (scope.Previous is not { } measured || measured.Unit.IsPercent)
        {
            return null;
        }

        var text = scope.Context.Text;
        // The pattern is anchored on 比 or 较: other clauses are spared the substring and the match.
        if (end <= start || text[start] is not ('比' or '较'))
        {
            return null;
        }

        var match = ComparisonClause().Match(text[start..end]);
        if (!match.Success)
        {
            return null;
        }

        var unit = Units.Get(match.Groups["u"].Value);
        if (unit.IsPercent || unit.BaseUnit != measured.Unit.BaseUnit)
        {
            return null;
        }

        var yearValue = match.Groups["bv"];
        if (yearValue.Success)
        {
            var baseUnit = Units.Get(match.Groups["bu"].Value);
            if (baseUnit.BaseUnit == measured.Unit.BaseUnit)
            {
                var year = int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
                drafts.Add(measured with { Value = Number(yearValue.Value), Unit = baseUnit, Period = Period.Year(year), YoyPct = null, Start = start, End = end });
            }
        }

        var against = yearValue.Success ? match.Groups["y"].Value + "年" : match.Groups["base"].Value;
        var direction = match.Groups["dir"].Value;
        var indicator = EntityRef.Named(EntityKind.Indicator, measured.Indicator.Name + match.Groups["cmp"].Value + against + direction);
        drafts.Add(new ObservationDraft(indicator, start, start + match.Groups["cmp"].Length, measured.Subject, Number(match.Groups["v"].Value), unit,
            measured.Period, null, measured.IsTarget, start, end));
        return false;
    }

    // 比2015年的84.8元下降了1.1元 (a base year and its value) or 比同期全国平均水平低0.63元 (a base named): the clause is the comparison.
    [GeneratedRegex(@"^(?<cmp>比|较)(?:(?<y>(?:19|20)[0-9]{2})年(?:同期)?的?(?<bv>[0-9]{1,9}(?:\.[0-9]{1,4})?)(?<bu>" + Units.Pattern
        + @")|(?<base>[^0-9，。；、]{1,16}?))(?<dir>下降|减少|降低|增长|增加|提高|上升|低|高|少|多)了?(?<v>[0-9]{1,9}(?:\.[0-9]{1,4})?)(?<u>"
        + Units.Pattern + ")$")]
    private static partial Regex ComparisonClause();
}
