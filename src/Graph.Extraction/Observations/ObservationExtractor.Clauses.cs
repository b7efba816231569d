using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Recognition;

namespace Graph.Extraction.Observations;

internal static partial class ObservationExtractor
{
    private const string GrowthTail = "增速";

    /// <summary>A metric's name without its growth tail (营业收入增速 → 营业收入).</summary>
    private static string WithoutGrowthTail(string name) =>
        name.EndsWith(GrowthTail, StringComparison.Ordinal) ? name[..^GrowthTail.Length] : name;
    private const string ShareTail = "占比";

    /// <summary>"…占全国总额的 88.4%" or "占比 79.8%" after a figure: the share of that figure. Null when the clause is not one.</summary>
    private static bool? Share(ObservationScope scope, int start, int end, List<ObservationDraft> drafts)
    {
        var text = scope.Context.Text;
        // Both alternatives of the pattern need a 占: most clauses have none, and they are spared the substring and the match.
        if (text.AsSpan(start, end - start).IndexOf('占') < 0)
        {
            return null;
        }

        var match = ShareClause().Match(text[start..end]);
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["sum"].Success)
        {
            return false;
        }

        if (scope.Previous is not { } whole)
        {
            return OwnShare(scope, start, end, match, drafts);
        }

        var baseName = WithoutGrowthTail(whole.Indicator.Name);
        var share = text.IndexOf(ShareTail, start, end - start, StringComparison.Ordinal) is var at and >= 0 ? (at, at + 2) : (text.IndexOf('占', start, end - start), text.IndexOf('占', start, end - start) + 1);
        var indicator = EntityRef.Named(EntityKind.Indicator, baseName + ShareTail);
        drafts.Add(new ObservationDraft(indicator, share.Item1, share.Item2, whole.Subject, Number(match.Groups["v"].Value), Units.Get("%"),
            whole.Period, null, whole.IsTarget, start, end));
        return false;
    }

    /// <summary>
    /// "其中来自某某国家的企业占比达 67%" with no figure read before it in the sentence: a share named by its own words, the
    /// clause's subject and period.
    /// </summary>
    private static bool OwnShare(ObservationScope scope, int start, int end, System.Text.RegularExpressions.Match match, List<ObservationDraft> drafts)
    {
        var text = scope.Context.Text;
        var at = text.IndexOf(ShareTail, start, end - start, StringComparison.Ordinal);
        if (at <= start || IndicatorNamer.Name(scope, start, at, countTail: null) is not { } name)
        {
            return false;
        }

        var period = (name is { Period: not null, IsEventDay: false } ? scope.EventFigurePeriodBefore(at) : null) ?? name.Period ?? PeriodAt(scope.Context, at);
        if (period is not { } known)
        {
            return false;
        }

        var draft = new ObservationDraft(EntityRef.Named(EntityKind.Indicator, name.Name + ShareTail), name.MetricStart, name.MetricEnd, name.Subject,
            Number(match.Groups["v"].Value), Units.Get("%"), known, null, name.IsTarget, start, end);
        drafts.Add(draft);
        scope.Previous = draft;
        return false;
    }

    /// <summary>A clause that is only a change: a year-on-year figure for the previous figure, or a growth rate of its own.</summary>
    private static bool? Growth(ObservationScope scope, int start, int end, List<ObservationDraft> drafts)
    {
        var text = scope.Context.Text;
        // The pattern needs a %: most clauses have none, and they are spared the substring and the match.
        if (text.AsSpan(start, end - start).IndexOf('%') < 0)
        {
            return null;
        }

        var match = GrowthClause().Match(text[start..end]);
        if (!match.Success)
        {
            return null;
        }

        var npEnd = start + match.Groups["np"].Length;
        var np = match.Groups["np"].Value;

        // 环比增长0.38%: a period-on-period change is its own figure, about what the sentence just measured.
        if (np.EndsWith("环比", StringComparison.Ordinal) && scope.Previous is { } measured
            && (IndicatorNamer.Name(scope, start, npEnd - 2, countTail: null) is null || np.Length <= 4))
        {
            var own = scope.SentencePeriodBefore(end) ?? measured.Period;
            var baseName = WithoutGrowthTail(measured.Indicator.Name);
            drafts.Add(new ObservationDraft(EntityRef.Named(EntityKind.Indicator, baseName + "环比" + GrowthTail), npEnd - 2, npEnd, measured.Subject,
                Signed(match), Units.Get("%"), own, null, measured.IsTarget, start, end));
            return false;
        }

        if (NextPeriodOfSameGrowth(scope, start, npEnd, match, end) is { } series)
        {
            drafts.Add(series);
            scope.Previous = series;
            return false;
        }

        if (IndicatorNamer.Name(scope, start, npEnd, countTail: null) is not { } name)
        {
            if (match.Groups["np"].Length == 0 && scope.Previous is { YoyPct: null } previous)
            {
                var updated = previous with { YoyPct = Signed(match), End = end };
                drafts[drafts.LastIndexOf(previous)] = updated;
                scope.Previous = updated;
            }

            return false;
        }

        if ((name.Period ?? PeriodAt(scope.Context, npEnd)) is not { } period)
        {
            return false;
        }

        // 从环比看，三季度某指标增长0.9%: the sentence's opening says the change is period-on-period.
        var onPeriod = OpensOnPeriod(text, scope.SentenceStart, start)
            && !np.Contains("同比", StringComparison.Ordinal) && !match.Value.Contains("同比", StringComparison.Ordinal);
        var indicator = EntityRef.Named(EntityKind.Indicator, name.Name + (onPeriod ? "环比" : string.Empty) + GrowthTail);
        var draft = new ObservationDraft(indicator, name.MetricStart, name.MetricEnd, name.Subject, Signed(match), Units.Get("%"),
            period, null, name.IsTarget, start, end);
        drafts.Add(draft);
        scope.Previous = draft;
        return false;
    }

    /// <summary>
    /// 从环比看，… / 环比看，… / 环比来看，…: the sentence opens by calling its changes period-on-period — or its first clause,
    /// measuring nothing, says 环比 (环比方面，…). A 环比 inside an earlier measured clause (价格环比上涨1.3%，工业增加值增长5.4%)
    /// is that clause's own and says nothing of the next.
    /// </summary>
    private static bool OpensOnPeriod(string text, int sentenceStart, int start)
    {
        var at = sentenceStart;
        while (at < start && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        var opening = text.AsSpan(at, start - at);
        var clauseEnd = opening.IndexOfAny("，,；;：:");
        if (clauseEnd < 0)
        {
            return false;
        }

        var firstClause = opening[..clauseEnd];
        return firstClause.Contains("环比", StringComparison.Ordinal) && firstClause.IndexOfAnyInRange('0', '9') < 0;
    }

    /// <summary>
    /// 一季度某指标同比增长5.3%，二季度增长4.7%，三季度增长4.6%: a clause that names only a period and a change continues the
    /// sentence's growth series — the same growth rate over the period it names.
    /// </summary>
    private static ObservationDraft? NextPeriodOfSameGrowth(ObservationScope scope, int start, int npEnd, Match match, int end)
    {
        var text = scope.Context.Text;
        var at = start;
        while (at < npEnd && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (at == npEnd || scope.Context.Periods.StartingAt(at) is not { } mention || mention.End != npEnd
            || scope.Previous is not { Unit.IsPercent: true, YoyPct: null } previous
            || !previous.Indicator.Name.EndsWith(GrowthTail, StringComparison.Ordinal) || mention.Period == previous.Period)
        {
            return null;
        }

        return previous with { Value = Signed(match), Period = mention.Period, Start = start, End = end };
    }

    /// <summary>
    /// 完成投资12.3亿元，完成年度预算的41%; 完成全年目标任务的76%: a completion rate of the plan, of the previous figure's subject
    /// (the article's default subject when no figure came before), over the period the sentence states before the rate, else
    /// the previous figure's. A subject named inside the clause itself is not read: in the pages this was written from, the
    /// rate always followed the amount it completes.
    /// </summary>
    private static bool? Completion(ObservationScope scope, int start, int end, List<ObservationDraft> drafts)
    {
        var text = scope.Context.Text;
        var match = CompletionClause().Match(text, start, end - start);
        if (!match.Success || match.Index + match.Length != end)
        {
            return null;
        }

        var subject = scope.Previous?.Subject ?? scope.DefaultSubject(null, start);
        if ((scope.SentencePeriodBefore(match.Index) ?? scope.Previous?.Period ?? PeriodAt(scope.Context, match.Index)) is not { } period)
        {
            return false;
        }

        var plan = match.Groups["plan"].Value;
        var indicator = EntityRef.Named(EntityKind.Indicator, plan + "完成率");
        var draft = new ObservationDraft(indicator, match.Index, match.Index + match.Length, subject, Number(match.Groups["v"].Value),
            Units.Get("%"), period, null, false, start, end);
        drafts.Add(draft);
        return false;
    }

    [GeneratedRegex(@"完成(?:了)?(?<plan>(?:年度|全年|年|本年度|今年)[一-鿿]{0,6}?(?:预算|目标任务|目标|计划|任务))的?(?<v>[0-9]{1,3}(?:\.[0-9]{1,2})?)%")]
    private static partial Regex CompletionClause();

    private static readonly string[] RatioWords = ["强度", "比重", "比例", "占比", "率"];
    private static readonly string[] RatioVerbs = ["将达到", "提高到", "提升到", "提高至", "提升至", "上升至", "下降至", "降至", "升至", "保持在", "达到", "超过", "为", "达"];

    /// <summary>A level that is itself a ratio (研发经费投入强度达到 3%, 绿电使用占比超过 80%), not a change.</summary>
    private static bool IsRatio(string text, int start, int valueStart)
    {
        var words = text.AsSpan(start, valueStart - start);
        foreach (var verb in RatioVerbs)
        {
            if (words.EndsWith(verb))
            {
                words = words[..^verb.Length];
                break;
            }
        }

        foreach (var ratio in RatioWords)
        {
            if (words.EndsWith(ratio))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "&lt;metric&gt;&lt;number&gt;&lt;unit&gt;" for every figure of the clause (签约项目15个、总投资232亿元 are two), each named by
    /// the words since the previous one; a count written before its noun (3496家企业参展) is named by the noun. The next clause
    /// goes along when it is the year-on-year change of the last figure.
    /// </summary>
    private static bool? Level(ObservationScope scope, int start, int end, (int Start, int End) next, List<ObservationDraft> drafts)
    {
        var text = scope.Context.Text;
        var regionStart = start;
        ObservationDraft? last = null;
        for (var match = Quantity().Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            var unit = Units.Get(match.Groups["u"].Value);
            var after = match.Index + match.Length;
            var closes = after == end || text.AsSpan(after, end - after) is "以上" or "左右" || text[after] is '、' or '）';
            var ordinal = match.Index > start && text[match.Index - 1] == '第';
            if ((unit.IsPercent && !(closes && IsRatio(text, regionStart, match.Index))) || ordinal || NotAFigure(text, after, end)
                || (after < end && text[after] == '的'))
            {
                regionStart = after;
                continue;
            }

            // 25.3万名境外采购商: a count with a magnitude is an amount of people or things, but the noun right after it still names it.
            var noun = unit.Counts && !closes ? NounAfter(text, after, end) : null;
            if (unit.IsCount && !closes && (noun is null || PlanVerbs.Any(v => text.AsSpan(start, match.Index - start).Contains(v, StringComparison.Ordinal))))
            {
                regionStart = after;
                continue;
            }

            var name = noun is not null
                ? IndicatorNamer.Counted(scope, regionStart, match.Index, NounOf(text, noun.Value, end), IndicatorNamer.CountTail(unit))
                : IndicatorNamer.Name(scope, regionStart, match.Index, unit.IsCount ? IndicatorNamer.CountTail(unit) : null);
            // 签约项目15个、总投资232亿元: the list mark belongs to neither figure; the next metric starts after it.
            regionStart = noun?.End ?? (after < end && text[after] == '、' ? after + 1 : after);
            var period = (name is { Period: not null, IsEventDay: false } ? scope.EventFigurePeriodBefore(match.Index) : null) ?? name?.Period ?? PeriodAt(scope.Context, match.Index);
            if (name is null || period is null)
            {
                continue;
            }

            var draft = new ObservationDraft(EntityRef.Named(EntityKind.Indicator, name.Name), name.MetricStart, name.MetricEnd, name.Subject,
                Number(match.Groups["v"].Value), unit, period.Value, null, name.IsTarget, start, end);
            drafts.Add(draft);
            scope.Previous = last = draft;
        }

        if (last is null)
        {
            return false;
        }

        var yoy = YoyClause().Match(text[next.Start..next.End]);
        if (!yoy.Success)
        {
            return false;
        }

        var withYoy = last with { YoyPct = Signed(yoy), End = next.End };
        drafts[drafts.LastIndexOf(last)] = withYoy;
        scope.Previous = withYoy;
        return true;
    }

    // 5个月, 3个季度: durations; 8个方面, 48项举措, 27项重点任务: the parts of a plan, which the genre does not count as figures.
    private static readonly string[] NotFigureNouns =
        ["月", "季度", "年", "届", "批", "倍", "方面", "举措", "措施", "任务", "重点任务", "指标", "具体指标", "政策", "条款", "行动", "工程", "目标"];

    private static bool NotAFigure(string text, int after, int end) =>
        after < end && NotFigureNouns.Any(n => text.AsSpan(after, end - after).StartsWith(n));

    private const int MaxCountedNoun = 12;

    /// <summary>The noun a count stands before (129个|国家和地区|的…, 3496家|企业|前来参展), or null.</summary>
    private static (int Start, int End)? NounAfter(string text, int at, int end)
    {
        var stop = at;
        while (stop < end && stop - at < MaxCountedNoun && Text.CharClass.IsHan(text[stop])
               && (!CountedNounStops.Contains(text[stop]) || IsRegionPair(text, stop, end)))
        {
            stop++;
        }

        // 96名驻华官员以及222名…: 以及 joins the next count, its 以 no part of this noun.
        stop -= stop > at + 1 && stop < end && text[stop] == '及' && text[stop - 1] == '以' ? 1 : 0;

        return stop - at >= 1 && stop - at < MaxCountedNoun ? (at, stop) : null;
    }

    private const string CountedNounStops = "的在于是为将已均共同前来到参进和与及";

    // 来自129个国家和地区: the one pair the genre writes as a single noun across its conjunction.
    private const string RegionPairTail = "地区";

    // 推出48项举措、12个地区品牌: what a plan puts forward is its content, not a count the genre reports.
    private static readonly string[] PlanVerbs = ["推出", "提出", "出台", "部署"];

    private static readonly string[] TrailingVerbs = ["建设", "发展", "工作", "开工", "签约"];

    private static bool IsRegionPair(string text, int at, int end) =>
        text[at] is '和' or '及' && text.AsSpan(at + 1, end - at - 1).StartsWith(RegionPairTail);

    /// <summary>
    /// 285个总投资1.56万亿元的省级央地合作重大项目建设: when a figure of its own sits between the count and its noun, the noun
    /// is the one after 的 (省级央地合作重大项目), without the verb that ends the phrase.
    /// </summary>
    private static (int Start, int End) NounOf(string text, (int Start, int End) noun, int end)
    {
        if (noun.End >= end || !char.IsAsciiDigit(text[noun.End]))
        {
            return noun;
        }

        var of = text.IndexOf('的', noun.End, end - noun.End);
        var stop = of + 1;
        while (stop < end && stop - of <= MaxCountedNoun + 2 && Text.CharClass.IsHan(text[stop]))
        {
            stop++;
        }

        var phrase = of < 0 ? string.Empty : text[(of + 1)..stop];
        var verb = TrailingVerbs.FirstOrDefault(v => phrase.EndsWith(v, StringComparison.Ordinal));
        stop -= verb?.Length ?? 0;
        return of >= 0 && stop - of - 1 >= 2 ? (of + 1, stop) : noun;
    }
}
