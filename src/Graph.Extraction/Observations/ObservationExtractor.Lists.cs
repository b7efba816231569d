using Graph.Domain.Model;
using Graph.Extraction.Recognition;

namespace Graph.Extraction.Observations;

internal static partial class ObservationExtractor
{
    private const string Respectively = "分别";
    private static readonly char[] ItemSeparators = ['、', '和', '及', '与'];

    /// <summary>
    /// "ITO、BPO 和 KPO 执行额分别为 a、b 和 c" (items in the clause) or "前三位为美国、中国香港、新加坡，执行额分别为 a、b 和 c"
    /// (places in the previous clause): one figure per item, with the yoy list of the next clause when it has as many.
    /// </summary>
    private static bool? List(ObservationScope scope, int start, int end, (int Start, int End) next, List<ObservationDraft> drafts)
    {
        var context = scope.Context;
        var text = context.Text;
        var at = text.IndexOf(Respectively, start, end - start, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var values = Quantity().Matches(text[at..end]).Where(m => !Units.Get(m.Groups["u"].Value).IsPercent).ToList();
        if (values.Count < 2 || PeriodAt(context, at) is not { } period)
        {
            return values.Count < 2 ? null : false;
        }

        var unit = Units.Get(values[0].Groups["u"].Value);
        var yoys = YoyList().IsMatch(text[next.Start..next.End]) ? Percent().Matches(text[next.Start..next.End]).ToList() : [];
        var falling = YoyList().Match(text[next.Start..next.End]).Groups["dir"].Value is "下降" or "减少";
        var items = Items(scope, start, at, values.Count);
        if (items is null)
        {
            return false;
        }

        var hasYoy = yoys.Count == values.Count;
        for (var k = 0; k < values.Count; k++)
        {
            var (indicator, subject, metricStart, metricEnd) = items[k];
            decimal? yoy = hasYoy ? Number(yoys[k].Groups["v"].Value) * (falling ? -1 : 1) : null;
            drafts.Add(new ObservationDraft(EntityRef.Named(EntityKind.Indicator, indicator), metricStart, metricEnd, subject,
                Number(values[k].Groups["v"].Value), unit, period, yoy, false, start, hasYoy ? next.End : end));
        }

        scope.Previous = null;
        return hasYoy;
    }

    private static List<(string Indicator, EntityRef Subject, int MetricStart, int MetricEnd)>? Items(ObservationScope scope, int start, int at, int count)
    {
        var context = scope.Context;
        var text = context.Text;
        var metric = IndicatorNamer.BareMetrics.Where(m => text.AsSpan(start, at - start).EndsWith(m)).MaxBy(m => m.Length);
        if (metric is null)
        {
            return null;
        }

        var metricStart = at - metric.Length;
        var subject = context.HitsIn(start, metricStart, EntityKind.Place).FirstOrDefault();
        var itemsStart = subject?.End ?? start;
        var region = IndicatorNamer.WithoutParentheses(text[itemsStart..metricStart]);
        foreach (var verb in (string[])["承接", "实现", "完成"])
        {
            var cut = region.LastIndexOf(verb, StringComparison.Ordinal);
            region = cut >= 0 ? region[(cut + verb.Length)..] : region;
        }

        var names = region.Split(ItemSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == count)
        {
            var owner = subject?.Entity ?? scope.DefaultSubject(null, start);
            return [.. names.Select(n => (IndustryName(context, n) + metric, owner, metricStart, at))];
        }

        if (names.Length > 0)
        {
            return null;
        }

        // The items are the places just listed in the previous clause (来源地前三位为美国、中国香港、新加坡).
        var places = context.HitsIn(scope.SentenceStart, start, EntityKind.Place).TakeLast(count).ToList();
        if (places.Count != count)
        {
            return null;
        }

        var qualified = (scope.LastIndustryBefore(start) ?? string.Empty) + metric;
        return [.. places.Select(p => (qualified, p.Entity!, metricStart, at))];
    }

    /// <summary>ITO → 信息技术外包: listed items are often abbreviations of industries.</summary>
    private static string IndustryName(ArticleContext context, string item) =>
        context.Gazetteer.Find(item) is { Kind: EntityKind.Industry } industry ? industry.Name : item;
}
