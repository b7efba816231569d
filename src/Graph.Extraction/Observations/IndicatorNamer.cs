using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Recognition;

namespace Graph.Extraction.Observations;

/// <summary>
/// Names the metric in the words before a figure. "2024 年我国数字产业完成业务收入" → subject 中国, name 数字产业业务收入;
/// a bare metric (执行额, 利润总额) borrows its qualifier from the previous figure in the sentence (离岸服务外包执行额) or
/// from the last industry named in it (电子信息制造业规模以上增加值).
/// </summary>
internal static partial class IndicatorNamer
{
    private const int MaxNameLength = 40;

    private static readonly string[] TrailingWords =
        ["力争达到", "计划达到", "有望达到", "预计达到", "将达到", "增长至", "分别为", "分别是", "达到", "突破", "超过", "合计", "共计", "可达", "为", "达", "约", "共", "是", "增至",
         "提升至", "提高至", "提升到", "提高到", "上升至", "下降至", "降至", "升至", "近", "逾", "共有", "拥有", "具有", "累计", "有"];

    private static readonly string[] LeadingWords =
        ["其中", "此外", "另外", "同时", "全年", "今年", "日前", "目前", "截至", "力争", "计划", "预计", "确保", "将", "共", "合计", "到", "累计共", "同期", "的"];

    internal static readonly string[] TargetWords = ["力争", "计划", "将达到", "目标", "预计", "有望", "确保"];

    private const string PartOf = "中的";
    private const int MinPartName = 4;

    // The level a place's name ends in, which 属 after it turns into a class of companies (省属, 市属, 区属, 县属).
    private const string OwnedLevels = "省市区县";

    private static readonly string[] Verbs = ["承接", "完成", "实现", "吸纳", "达到", "实施"];

    internal static readonly string[] BareMetrics =
        ["规模以上增加值", "固定资产投资", "利润总额", "业务收入", "营业收入", "从业人员", "执行额", "合同额", "签约额", "增加值", "出口额", "进口额", "营收", "收入", "产值", "投资额", "总投资"];

    private static readonly string[] BareModifiers = ["直接", "新增", "实际", "累计"];

    internal static readonly string[] MetricEndings =
        ["额", "收入", "投资", "产值", "人员", "利润", "增加值", "规模", "数", "量", "率", "比", "值", "人数", "总额", "项目"];

    /// <summary>
    /// What a count's name ends in, by what it counts: people are counted in 人数 (采购商人数), occasions in 场次 (活动场次),
    /// anything else in 数.
    /// </summary>
    public static string CountTail(UnitInfo unit) => unit.BaseUnit switch
    {
        "persons" => "人数",
        _ when unit.Unit.EndsWith('场') => "场次",
        _ => "数",
    };

    /// <summary>The name with its count's tail, unless the name already says it counts (企业数, 人数, 场次).</summary>
    public static string WithCountTail(string name, string tail) =>
        name.EndsWith('数') || name.EndsWith("场次", StringComparison.Ordinal) ? name
        : tail == "人数" && (name.EndsWith('人') || name.EndsWith('员')) ? name + "数"
        : name + tail;

    /// <summary>What a count's name counts, without its tail (采购商人数 → 采购商, 活动场次 → 活动, 企业数 → 企业).</summary>
    public static string CountedNoun(string name) =>
        name.EndsWith("人数", StringComparison.Ordinal) || name.EndsWith("场次", StringComparison.Ordinal) ? name[..^2]
        : name.EndsWith('数') ? name[..^1]
        : name;

    /// <param name="countTail">For a count, what its name ends in (<see cref="CountTail"/>); null for an amount.</param>
    public static IndicatorName? Name(ObservationScope scope, int start, int end, string? countTail)
    {
        var context = scope.Context;
        var text = context.Text;
        var isTarget = TargetWords.Any(w => text.AsSpan(start, end - start).Contains(w, StringComparison.Ordinal));
        var startsWithAmong = text.AsSpan(start, end - start).StartsWith("其中");
        end = TrimTrailing(text, start, end);
        var (a, cue, aboutEvent) = TrimLeading(scope, start, end);
        if (a >= end)
        {
            return null;
        }

        // A company or an event is the subject of its own figures; a place after it is part of the metric (承接欧洲汽车软件订单).
        var subject = SubjectIn(context, a, end);
        if (subject is not null)
        {
            if (subject.End >= end)
            {
                return null;
            }

            a = subject.End;
            // 澄江市今年一季度地区生产总值: a period between the subject and the metric says when, like one before the subject.
            while (context.Periods.StartingAt(a) is { } when && when.End < end)
            {
                a = when.End;
            }
        }

        var (qualifier, metricStart) = SplitAtVerb(text, a, end);
        var metric = WithoutParentheses(text[metricStart..end]);
        var metricEnd = text.IndexOf('（', metricStart, end - metricStart) is var paren and > 0 && text.IndexOf('）', paren) == end - 1 ? paren : end;
        var name = CleanQualifier(qualifier) + metric;
        // ITO中的集成电路设计外包执行额: a part of a category is named by itself; the category only says where it sits.
        if (name.IndexOf(PartOf, StringComparison.Ordinal) is var part and > 0 && name.Length - part - PartOf.Length >= MinPartName)
        {
            name = name[(part + PartOf.Length)..];
        }

        if (name.StartsWith('属') && a > context.Start && OwnedLevels.Contains(text[a - 1], StringComparison.Ordinal))
        {
            // 四川省属企业营业收入: the place is the subject and 省属企业 the class of companies, which keeps its level.
            name = text[a - 1] + name;
        }

        // A bare metric borrows its qualifier from the figures around it (其中出口额), but not when a company or event named in
        // the clause owns it: 分企业看，某集团营业收入 is that group's 营业收入.
        if (qualifier.Length == 0 && IsBare(metric) && subject is null)
        {
            name = (scope.Previous is { } previous ? PrefixOf(previous.Indicator.Name) : null)
                ?? scope.LastIndustryBefore(metricStart)
                ?? scope.PopulationBefore(start)
                ?? string.Empty;
            name += metric;
        }
        else if (startsWithAmong && scope.Previous is { } whole && !MetricEndings.Any(name.EndsWith))
        {
            name = whole.Indicator.Name + "中" + name;
        }

        if (countTail is not null)
        {
            name = WithCountTail(name, countTail);
        }

        if (!IsUsable(name))
        {
            return null;
        }

        var (who, period) = Owner(scope, subject, aboutEvent, cue, a);
        var day = subject is null ? scope.EventDayBefore(end) : null;
        return day is { } d
            ? new IndicatorName(name, metricStart, metricEnd, d.Event, isTarget, d.Day, IsEventDay: true)
            : new IndicatorName(name, metricStart, metricEnd, who, isTarget, period);
    }

    /// <summary>
    /// A count written before its noun (来自129个国家和地区, 3496家企业参展): the noun names it (国家和地区数); the words before the
    /// count say about whom and whether it is a goal, as for any figure.
    /// </summary>
    public static IndicatorName Counted(ObservationScope scope, int start, int end, (int Start, int End) noun, string countTail)
    {
        var context = scope.Context;
        var text = context.Text;
        var isTarget = TargetWords.Any(w => text.AsSpan(start, end - start).Contains(w, StringComparison.Ordinal));
        var (a, cue, aboutEvent) = TrimLeading(scope, start, end);
        var subject = a < end ? SubjectIn(context, a, end) : null;
        var name = text[noun.Start..noun.End];
        var (who, period) = Owner(scope, subject, aboutEvent, cue, Math.Min(a, end));
        name = WithCountTail(name, countTail);
        var day = subject is null ? scope.EventDayBefore(end) : null;
        return day is { } d
            ? new IndicatorName(name, noun.Start, noun.End, d.Event, isTarget, d.Day, IsEventDay: true)
            : new IndicatorName(name, noun.Start, noun.End, who, isTarget, period);
    }

    /// <summary>The subject a clause names before its figure: a company, else an event, else a place or company.</summary>
    private static Hit? SubjectIn(ArticleContext context, int start, int end) =>
        context.HitsIn(start, end, EntityKind.Company).LastOrDefault()
        ?? context.HitsIn(start, end, EntityKind.Event).LastOrDefault()
        ?? context.HitsIn(start, end, EntityKind.Place, EntityKind.Company, EntityKind.Organization)
            .LastOrDefault(h => (h.Entity!.Kind != EntityKind.Organization || h.Entity.Subtype == OrganizationRecognizer.DelegationSubtype)
                && !(h.Entity.Kind == EntityKind.Place && IsCounterparty(context.Text, start, h.Start, h.End, end)));

    /// <summary>
    /// 对日本成交, 向东盟出口, 来自欧盟的订单, 日本采购商: a place after these words, or naming where a fair's buyers or exhibitors
    /// come from, is whom the figure is traded with, not whose it is.
    /// </summary>
    private static bool IsCounterparty(string text, int start, int placeStart, int placeEnd, int end) =>
        (placeStart > start && (text[placeStart - 1] is '对' or '向'
            || (placeStart - 2 >= start && text.AsSpan(placeStart - 2, 2) is "来自" or "承接")))
        || TradeParties.Any(p => text.AsSpan(placeEnd, end - placeEnd).StartsWith(p, StringComparison.Ordinal));

    private static readonly string[] TradeParties = ["采购商", "客商", "参展商", "展商", "买家"];

    /// <summary>
    /// Whose figure it is, and over which dates when the owner is a dated event: the subject the clause names (kept for the
    /// rest of the sentence), else the event the sentence or the article reports on, else the sentence's subject so far, else
    /// the article's default.
    /// </summary>
    private static (EntityRef Subject, Dates.Period? Period) Owner(ObservationScope scope, Hit? subject, bool aboutEvent, string? cue, int position)
    {
        if (subject is not null && scope.Context.IsEventReport && scope.MainEvent is { } fair)
        {
            // An event report's undated gathering is held during the event: one without an edition of its own (…对接会举办活动
            // 50场) is a session of the event, whose results they are; one with an edition (同期举办的第二届某某论坛) is its own.
            if (subject.Entity is { Kind: EntityKind.Event } session && session != fair.Event && !scope.Context.Dates.ContainsKey(session))
            {
                var own = Edition().IsMatch(session.Name);
                scope.SentenceSubject = own ? session : fair.Event;
                return (own ? session : fair.Event, new Dates.Period(fair.Start, fair.End));
            }
        }

        if (subject is not null)
        {
            scope.SentenceSubject = subject.Entity;
            return (subject.Entity!, EventPeriod(scope, subject.Entity!));
        }

        if (scope.SentenceSubject is { } earlier)
        {
            return (earlier, EventPeriod(scope, earlier));
        }

        if ((aboutEvent || scope.IsAboutEvent) && scope.MainEvent is { } main)
        {
            return (main.Event, new Dates.Period(main.Start, main.End));
        }

        return cue is null && scope.TopicBefore(position) is { } topic
            ? (topic, EventPeriod(scope, topic))
            : (scope.DefaultSubject(cue, position), null);
    }

    /// <summary>An event's own dates; a delegation's deals (某市交易团意向成交…) are made over the days of the article's event.</summary>
    private static Dates.Period? EventPeriod(ObservationScope scope, EntityRef subject) =>
        subject.Kind == EntityKind.Event && scope.Context.Dates.TryGetValue(subject, out var dates)
            ? new Dates.Period(dates.Start, dates.End ?? dates.Start)
            : subject.Subtype == OrganizationRecognizer.DelegationSubtype && scope.MainEvent is { } main
                ? new Dates.Period(main.Start, main.End)
                : null;

    /// <summary>The qualifier of a composed name: 离岸服务外包 for 离岸服务外包合同额, null when the name is only a metric.</summary>
    public static string? PrefixOf(string name)
    {
        // 省属企业重点项目数 → 省属企业重点项目: a count's subject qualifies the money figure that follows it (…总投资).
        if (name.EndsWith("项目数", StringComparison.Ordinal) && name.Length > 3)
        {
            return name[..^1];
        }

        foreach (var tail in (string[])["增速", "占比"])
        {
            if (name.EndsWith(tail, StringComparison.Ordinal))
            {
                name = name[..^tail.Length];
            }
        }

        foreach (var bare in BareMetrics)
        {
            if (name.EndsWith(bare, StringComparison.Ordinal) && name.Length > bare.Length)
            {
                var prefix = name[..^bare.Length];
                foreach (var modifier in BareModifiers)
                {
                    if (prefix.EndsWith(modifier, StringComparison.Ordinal))
                    {
                        prefix = prefix[..^modifier.Length];
                    }
                }

                return prefix.Length > 0 ? prefix : null;
            }
        }

        return null;
    }

    public static bool IsBare(string metric) =>
        BareMetrics.Any(b => metric == b || BareModifiers.Any(m => metric == m + b));

    [GeneratedRegex("^(?:第[0-9一二三四五六七八九十百]+[届次]|(?:19|20)[0-9]{2})")]
    private static partial Regex Edition();

    [GeneratedRegex("[0-9]+(?:个|家|项)")]
    private static partial Regex Classifier();
}
