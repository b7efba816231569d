using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Recognition;

namespace Graph.Extraction.Observations;

internal static partial class ObservationExtractor
{
    /// <summary>
    /// Shares that <see cref="Share"/> does not read after one figure: "某某项目 a 个、投资额 b 亿元，分别占项目总数和总投资额的 x%、y%"
    /// (each figure the sentence read last gets its share, in order) and "六个市场合计占全部执行额的 x%" (the share of the items
    /// just listed, together: the clause names them). Null when the clause is neither.
    /// </summary>
    private static bool? Shares(ObservationScope scope, int start, int end, List<ObservationDraft> drafts)
    {
        var text = scope.Context.Text;
        var span = text.AsSpan(start, end - start);
        if (!span.StartsWith("分别", StringComparison.Ordinal) && !span.Contains("合计占", StringComparison.Ordinal))
        {
            return null; // neither clause: both patterns are anchored on these words, so no substring and no match is tried
        }

        var clause = text[start..end];
        var respective = RespectiveShareClause().Match(clause);
        if (respective.Success)
        {
            var shares = Percent().Matches(clause);
            var wholes = LastReadInSentence(scope, drafts, shares.Count);
            if (shares.Count < 2 || wholes.Count != shares.Count)
            {
                return false;
            }

            for (var k = 0; k < shares.Count; k++)
            {
                var whole = wholes[k];
                drafts.Add(new ObservationDraft(EntityRef.Named(EntityKind.Indicator, WithoutGrowthTail(whole.Indicator.Name) + ShareTail),
                    start + respective.Groups["of"].Index, start + respective.Groups["of"].Index + 1, whole.Subject, Number(shares[k].Groups["v"].Value),
                    Units.Get("%"), whole.Period, null, whole.IsTarget, start, end));
            }

            scope.Previous = null;
            return false;
        }

        var together = TogetherShareClause().Match(clause);
        if (!together.Success || IndicatorNamer.Name(scope, start, start + together.Groups["np"].Length, countTail: null) is not { } items)
        {
            return null;
        }

        var whole2 = together.Groups["whole"].Value;
        var period = items.Period ?? PeriodAt(scope.Context, start);
        if (period is not { } known)
        {
            return false;
        }

        var draft = new ObservationDraft(EntityRef.Named(EntityKind.Indicator, items.Name + whole2 + ShareTail), items.MetricStart, items.MetricEnd,
            items.Subject, Number(together.Groups["v"].Value), Units.Get("%"), known, null, items.IsTarget, start, end);
        drafts.Add(draft);
        scope.Previous = draft;
        return false;
    }

    // 分别占项目总数和总投资额的95%、89%
    [GeneratedRegex(@"^分别(?<of>占)[^，。；0-9]{0,30}?的?(?:比重)?(?:为|达|达到)?[0-9]{1,3}(?:\.[0-9]{1,4})?%(?:[、和及与][0-9]{1,3}(?:\.[0-9]{1,4})?%)+$")]
    private static partial Regex RespectiveShareClause();

    // 六大市场合计占全部离岸执行额的74.8%: the items before 合计 are named, the whole after 占.
    [GeneratedRegex(@"^(?<np>[^，。；0-9]{2,16}?)合计占(?<whole>[^，。；0-9]{0,20}?)的?(?:比重)?(?:为|达|达到)?(?<v>[0-9]{1,3}(?:\.[0-9]{1,4})?)%$")]
    private static partial Regex TogetherShareClause();

    /// <summary>The last <paramref name="count"/> figures (not percentages) the sentence has read so far, in order.</summary>
    private static List<ObservationDraft> LastReadInSentence(ObservationScope scope, List<ObservationDraft> drafts, int count) =>
        [.. drafts.Where(d => d.Start >= scope.SentenceStart && !d.Unit.IsPercent).TakeLast(count)];
}
