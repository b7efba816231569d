using Graph.Domain.Model;
using Graph.Extraction.Recognition;

namespace Graph.Extraction.Observations;

internal static partial class ObservationExtractor
{
    private const string Respectively = "分别";
    private const int MaxMetricAfterRespectively = 12;
    private const int MaxQuantityLength = 20;
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

        if (PeriodsListed(scope, start, at, values) is { } listed)
        {
            drafts.AddRange(listed);
            scope.Previous = null;
            return false;
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
        var isTarget = IndicatorNamer.TargetWords.Any(w => text.AsSpan(start, at - start).Contains(w, StringComparison.Ordinal));
        for (var k = 0; k < values.Count; k++)
        {
            var (indicator, subject, metricStart, metricEnd) = items[k];
            decimal? yoy = hasYoy ? Number(yoys[k].Groups["v"].Value) * (falling ? -1 : 1) : null;
            drafts.Add(new ObservationDraft(EntityRef.Named(EntityKind.Indicator, indicator), metricStart, metricEnd, subject,
                Number(values[k].Groups["v"].Value), unit, period, yoy, isTarget, start, hasYoy ? next.End : end));
        }

        scope.Previous = null;
        return hasYoy;
    }

    /// <summary>
    /// "2016年、2017年，全省分别为企业减负 a 亿元和 b 亿元": periods listed just before 分别, as many as its figures, each
    /// date one figure of the metric that follows 分别 (企业减负), the clause's subject.
    /// </summary>
    private static List<ObservationDraft>? PeriodsListed(ObservationScope scope, int start, int at, List<System.Text.RegularExpressions.Match> values)
    {
        var context = scope.Context;
        var text = context.Text;
        var periods = context.Periods.In(scope.SentenceStart, at).Where(p => !p.IsComparisonBase).TakeLast(values.Count).ToList();
        if (periods.Count != values.Count || periods.Select(p => p.Period).Distinct().Count() != periods.Count)
        {
            return null;
        }

        for (var k = 1; k < periods.Count; k++)
        {
            if (text[periods[k - 1].End..periods[k].Start].Trim() is not ("、" or "和" or "及" or "与" or "至"))
            {
                return null;
            }
        }

        // Only a subject word or nothing between the dates and 分别 (全省分别…): else the dates are not what is listed.
        var between = text[periods[^1].End..at].Trim('，', ',', ' ');
        if (between.Length > MaxSubjectBeforeRespectively || AfterRespectively(text, at) is not { } metric)
        {
            return null;
        }

        var metricStart = at + Respectively.Length;
        foreach (var verb in (string[])["为", "对"])
        {
            var leads = metric.StartsWith(verb, StringComparison.Ordinal) && metric.Length > verb.Length + 1;
            (metric, metricStart) = leads ? (metric[verb.Length..], metricStart + verb.Length) : (metric, metricStart);
        }

        var cue = ObservationScope.CueWords.FirstOrDefault(w => between.Contains(w, StringComparison.Ordinal));
        var subject = context.HitsIn(periods[^1].End, at, EntityKind.Place, EntityKind.Company, EntityKind.Organization).FirstOrDefault()?.Entity
            ?? scope.DefaultSubject(cue, at);
        var indicator = EntityRef.Named(EntityKind.Indicator, metric);
        var isTarget = IndicatorNamer.TargetWords.Any(w => text.AsSpan(start, at - start).Contains(w, StringComparison.Ordinal));
        return [.. values.Select((v, k) => new ObservationDraft(indicator, metricStart, metricStart + metric.Length, subject,
            Number(v.Groups["v"].Value), Units.Get(v.Groups["u"].Value), periods[k].Period, null, isTarget, start, v.Index + v.Length))];
    }

    private const int MaxSubjectBeforeRespectively = 6;

    /// <summary>
    /// "到2027年，某某普及率、某某数控化率分别超过90%、75%" (levels of ratios) or "某某交易量、某某回收量较2023年分别增长45%和30%"
    /// (growth rates, the base of the comparison no part of the names): one percentage per listed metric, the subject's own.
    /// </summary>
    private static bool? RespectivePercents(ObservationScope scope, int start, int end, List<ObservationDraft> drafts)
    {
        var context = scope.Context;
        var text = context.Text;
        var at = text.IndexOf(Respectively, start, end - start, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var after = at + Respectively.Length;
        var growth = PercentGrowthVerbs.FirstOrDefault(v => text.AsSpan(after).StartsWith(v));
        var level = growth is null ? PercentLevelVerbs.FirstOrDefault(v => text.AsSpan(after).StartsWith(v)) : null;
        if (growth is null && level is null)
        {
            return null;
        }

        var values = Percent().Matches(text[after..end]);
        var itemsEnd = at;
        if (context.Periods.In(start, at).LastOrDefault(p => p.IsComparisonBase && p.End == at) is { } basePeriod
            && basePeriod.Start > start && text[basePeriod.Start - 1] is '较' or '比')
        {
            itemsEnd = basePeriod.Start - 1;
        }

        // 到2027年，A、B…: the period that opens the clause is no part of the first name.
        var itemsStart = start;
        if (context.Periods.In(start, itemsEnd).LastOrDefault(p => !p.IsComparisonBase) is { } opening)
        {
            itemsStart = opening.End;
            while (itemsStart < itemsEnd && (Text.CharClass.IsPunctuation(text[itemsStart]) || text[itemsStart] == ' '))
            {
                itemsStart++;
            }
        }

        if (values.Count < 2 || PeriodAt(context, at) is not { } period
            || MetricItems(scope, itemsStart, itemsEnd, values.Count, MaxListedRatio) is not { } items)
        {
            return null;
        }

        var isTarget = IndicatorNamer.TargetWords.Any(w => text.AsSpan(start, at - start).Contains(w, StringComparison.Ordinal))
            || TargetYear().IsMatch(text.AsSpan(scope.SentenceStart, start - scope.SentenceStart));
        var falling = growth is "下降" or "减少";
        for (var k = 0; k < values.Count; k++)
        {
            var (indicator, subject, metricStart, metricEnd) = items[k];
            var value = Number(values[k].Groups["v"].Value) * (falling ? -1 : 1);
            drafts.Add(new ObservationDraft(EntityRef.Named(EntityKind.Indicator, growth is null ? indicator : indicator + GrowthTail), metricStart, metricEnd,
                subject, value, Units.Get("%"), period, null, isTarget, start, end));
        }

        scope.Previous = null;
        return false;
    }

    private static readonly string[] PercentGrowthVerbs = ["增长", "提高", "下降", "减少"];
    private static readonly string[] PercentLevelVerbs = ["超过", "达到", "保持在", "提高到", "提升到", "为"];
    private const int MaxListedRatio = 24;

    // 到2027年，…: a year ahead that the figures are to be reached by.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|，)\s*到(?:19|20)[0-9]{2}年")]
    private static partial System.Text.RegularExpressions.Regex TargetYear();

    private static List<(string Indicator, EntityRef Subject, int MetricStart, int MetricEnd)>? Items(ObservationScope scope, int start, int at, int count)
    {
        var context = scope.Context;
        var text = context.Text;
        var metric = IndicatorNamer.BareMetrics.Where(m => text.AsSpan(start, at - start).EndsWith(m)).MaxBy(m => m.Length);
        if (metric is null)
        {
            // "A、B 和 C 上半年分别完成投资 a、b 和 c": the metric follows 分别, the items are the names before it.
            return NamedItems(scope, start, at, at, count, AfterRespectively(text, at)) ?? MetricItems(scope, start, at, count);
        }

        var metricStart = at - metric.Length;
        if (NamedItems(scope, start, metricStart, at, count, null) is { } named)
        {
            return named;
        }

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

        var qualified = (scope.LastIndustryBefore(start, withModifier: true) ?? string.Empty) + metric;
        return [.. places.Select(p => (qualified, p.Entity!, metricStart, at))];
    }

    /// <summary>
    /// "中部地区、西部地区和东北地区软件业务收入分别为…": items that are each a named place or company, separated only by
    /// list marks, are each the subject of their figure; the words between the last one and the metric qualify it.
    /// </summary>
    private static List<(string Indicator, EntityRef Subject, int MetricStart, int MetricEnd)>? NamedItems(
        ObservationScope scope, int start, int metricStart, int metricEnd, int count, string? metricAfter)
    {
        var context = scope.Context;
        var text = context.Text;
        var named = context.HitsIn(start, metricStart, EntityKind.Place, EntityKind.Company, EntityKind.Organization).ToList();
        if (named.Count != count || metricAfter is { Length: 0 })
        {
            return null;
        }

        for (var k = 1; k < named.Count; k++)
        {
            if (text[named[k - 1].End..named[k].Start].Trim() is not ("、" or "和" or "及" or "与" or "以及" or ""))
            {
                return null;
            }
        }

        var tail = text[named[^1].End..metricStart];
        var periods = context.Periods.In(named[^1].End, metricStart).ToList();
        foreach (var period in periods)
        {
            tail = tail.Replace(text[period.Start..period.End], string.Empty, StringComparison.Ordinal);
        }

        var metric = metricAfter ?? text[metricStart..metricEnd];
        var indicator = IndicatorNamer.WithoutParentheses(tail).Trim() + metric;
        if (text.AsSpan(start, named[0].Start - start).TrimEnd().EndsWith(CounterpartyLead, StringComparison.Ordinal))
        {
            // 承接美国、欧盟离岸服务外包执行额分别为…: the listed markets are whom the work comes from; the figures are the
            // reporting place's (承接美国离岸服务外包执行额).
            var owner = scope.DefaultSubject(null, start);
            return [.. named.Select(n => (CounterpartyLead + n.Entity!.Name + indicator, owner, metricStart, metricEnd))];
        }

        return [.. named.Select(n => (indicator, n.Entity!, metricStart, metricEnd))];
    }

    private const string CounterpartyLead = "承接";

    /// <summary>
    /// "力争全年营业总收入、利润总额、投资总额分别达到 a、b 和 c": the items are metrics themselves, each the subject's own (the
    /// clause's, else the article's); what opens the clause (力争, 全年) is no part of the first.
    /// </summary>
    private static List<(string Indicator, EntityRef Subject, int MetricStart, int MetricEnd)>? MetricItems(
        ObservationScope scope, int start, int at, int count, int maxLength = MaxListedMetric)
    {
        var text = scope.Context.Text;
        var from = start;
        foreach (var lead in ClauseLeads)
        {
            var found = text.IndexOf(lead, from, at - from, StringComparison.Ordinal);
            from = found >= 0 ? found + lead.Length : from;
        }

        var names = text[from..at].Split(ItemSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length != count)
        {
            // 普及率, 涉及面: 和/及/与 inside a name; the list mark 、 alone then separates the items.
            names = text[from..at].Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        if (names.Length != count || !names.All(n => n.Length >= 2 && n.Length <= maxLength && n.All(Text.CharClass.IsHan)
                && IndicatorNamer.MetricEndings.Any(e => n.EndsWith(e, StringComparison.Ordinal))))
        {
            return null;
        }

        var subject = scope.DefaultSubject(null, start);
        return [.. names.Select(n => (n, subject, from, at))];
    }

    private const int MaxListedMetric = 10;

    // In the order they open a clause: 力争全年…, 预计今年….
    private static readonly string[] ClauseLeads = ["力争", "预计", "计划", "确保", "目标", "全年", "今年"];

    /// <summary>The metric between 分别 and the first figure (分别完成投资 386 亿元 → 完成投资), or null when there is none.</summary>
    private static string? AfterRespectively(string text, int at)
    {
        var from = at + Respectively.Length;
        var first = Quantity().Match(text, from, Math.Min(text.Length - from, MaxMetricAfterRespectively + MaxQuantityLength));
        if (!first.Success || first.Index - from > MaxMetricAfterRespectively)
        {
            return null;
        }

        var metric = text[from..first.Index];
        foreach (var filler in (string[])["为", "是", "达到", "达"])
        {
            metric = metric.EndsWith(filler, StringComparison.Ordinal) ? metric[..^filler.Length] : metric;
        }

        return metric.Length >= 2 && metric.All(Text.CharClass.IsHan) ? metric : null;
    }

    /// <summary>ITO → 信息技术外包: listed items are often abbreviations of industries.</summary>
    private static string IndustryName(ArticleContext context, string item) =>
        context.Gazetteer.Find(item) is { Kind: EntityKind.Industry } industry ? industry.Name : item;
}
