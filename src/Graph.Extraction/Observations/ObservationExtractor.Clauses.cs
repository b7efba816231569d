using Graph.Domain.Model;
using Graph.Extraction.Recognition;

namespace Graph.Extraction.Observations;

internal static partial class ObservationExtractor
{
    private const string GrowthTail = "增速";
    private const string ShareTail = "占比";

    /// <summary>"…占全国总额的 88.4%" or "占比 79.8%" after a figure: the share of that figure. Null when the clause is not one.</summary>
    private static bool? Share(ObservationScope scope, int start, int end, List<ObservationDraft> drafts)
    {
        var text = scope.Context.Text;
        var match = ShareClause().Match(text[start..end]);
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["sum"].Success || scope.Previous is not { } whole)
        {
            return false;
        }

        var baseName = whole.Indicator.Name.EndsWith(GrowthTail, StringComparison.Ordinal) ? whole.Indicator.Name[..^GrowthTail.Length] : whole.Indicator.Name;
        var share = text.IndexOf(ShareTail, start, end - start, StringComparison.Ordinal) is var at and >= 0 ? (at, at + 2) : (text.IndexOf('占', start, end - start), text.IndexOf('占', start, end - start) + 1);
        var indicator = EntityRef.Named(EntityKind.Indicator, baseName + ShareTail);
        drafts.Add(new ObservationDraft(indicator, share.Item1, share.Item2, whole.Subject, Number(match.Groups["v"].Value), Units.Get("%"),
            whole.Period, null, whole.IsTarget, start, end));
        return false;
    }

    /// <summary>A clause that is only a change: a year-on-year figure for the previous figure, or a growth rate of its own.</summary>
    private static bool? Growth(ObservationScope scope, int start, int end, List<ObservationDraft> drafts)
    {
        var text = scope.Context.Text;
        var match = GrowthClause().Match(text[start..end]);
        if (!match.Success)
        {
            return null;
        }

        var npEnd = start + match.Groups["np"].Length;
        if (IndicatorNamer.Name(scope, start, npEnd, isCount: false) is not { } name)
        {
            if (match.Groups["np"].Length == 0 && scope.Previous is { YoyPct: null } previous)
            {
                var updated = previous with { YoyPct = Signed(match), End = end };
                drafts[drafts.LastIndexOf(previous)] = updated;
                scope.Previous = updated;
            }

            return false;
        }

        if ((name.Period ?? PeriodAt(scope.Context, start)) is not { } period)
        {
            return false;
        }

        var indicator = EntityRef.Named(EntityKind.Indicator, name.Name + GrowthTail);
        var draft = new ObservationDraft(indicator, name.MetricStart, name.MetricEnd, name.Subject, Signed(match), Units.Get("%"),
            period, null, name.IsTarget, start, end);
        drafts.Add(draft);
        scope.Previous = draft;
        return false;
    }

    private static readonly string[] RatioWords = ["强度", "比重", "比例", "占比", "率"];
    private static readonly string[] RatioVerbs = ["将达到", "提高到", "提升到", "保持在", "达到", "超过", "为", "达"];

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

    /// <summary>"&lt;metric&gt;&lt;number&gt;&lt;unit&gt;", taking the next clause along when it is the year-on-year change.</summary>
    private static bool? Level(ObservationScope scope, int start, int end, (int Start, int End) next, List<ObservationDraft> drafts)
    {
        var text = scope.Context.Text;
        for (var match = Quantity().Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            var unit = Units.Get(match.Groups["u"].Value);
            var after = match.Index + match.Length;
            var closes = after == end || text.AsSpan(after, end - after) is "以上" or "左右";
            if ((unit.IsPercent && !(closes && IsRatio(text, start, match.Index))) || (unit.IsCount && !closes) || (after < end && text[after] == '的')
                || (match.Index > start && text[match.Index - 1] == '第'))
            {
                continue;
            }

            if (IndicatorNamer.Name(scope, start, match.Index, unit.IsCount) is not { } name
                || (name.Period ?? PeriodAt(scope.Context, match.Index)) is not { } period)
            {
                return false;
            }

            var yoy = YoyClause().Match(text[next.Start..next.End]);
            var draft = new ObservationDraft(EntityRef.Named(EntityKind.Indicator, name.Name), name.MetricStart, name.MetricEnd, name.Subject,
                Number(match.Groups["v"].Value), unit, period, yoy.Success ? Signed(yoy) : null, name.IsTarget, start, yoy.Success ? next.End : end);
            drafts.Add(draft);
            scope.Previous = draft;
            return yoy.Success;
        }

        return false;
    }
}
