using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Dates;
using Graph.Extraction.Recognition;

namespace Graph.Extraction.Observations;

internal static partial class ObservationExtractor
{
    private static readonly string[] ParticipationVerbs = ["参展", "参会", "参赛", "出席", "参加", "参与"];

    /// <summary>
    /// Head counts of an event, written number first: "来自 28 个国家和地区的 650 家企业参展" → 参展国家和地区数 = 28 个,
    /// 参展企业数 = 650 家; "辽宁 24 家企业参展" → 辽宁省 参展企业数 = 24 家. The period is the event's dates when the article
    /// dates one; the subject is the place before the count, else the event.
    /// </summary>
    private static bool? Participants(ObservationScope scope, int start, int end, List<ObservationDraft> drafts)
    {
        var context = scope.Context;
        var text = context.Text;
        var verb = ParticipationVerbs.FirstOrDefault(v => text.AsSpan(start, end - start).Contains(v, StringComparison.Ordinal));
        if (verb is null)
        {
            return null;
        }

        var counts = CountNoun().Matches(text[start..end]);
        if (counts.Count == 0)
        {
            return null;
        }

        var eventPeriod = scope.MainEvent is { } main ? new Period(main.Start, main.End) : (Period?)null;
        foreach (Match count in counts)
        {
            var at = start + count.Index;
            var place = context.HitsIn(start, at, EntityKind.Place).LastOrDefault(h => h.End == at);
            var subject = place?.Entity ?? scope.MainEvent?.Event;
            if (subject is null || (eventPeriod ?? PeriodAt(context, at)) is not { } period)
            {
                continue;
            }

            var indicator = EntityRef.Named(EntityKind.Indicator, verb + count.Groups["noun"].Value + "数");
            var nounStart = at + count.Groups["noun"].Index - count.Index;
            drafts.Add(new ObservationDraft(indicator, nounStart, nounStart + count.Groups["noun"].Length, subject, Number(count.Groups["v"].Value),
                Units.Get(count.Groups["c"].Value), period, null, false, start, end));
        }

        return false;
    }

    [GeneratedRegex(@"(?<![0-9.])(?<v>[0-9]{1,6})(?<c>家|个|项)(?<noun>国家和地区|国家|地区|企业|单位|机构|高校|项目)(?=的|参展|参会|参赛|出席|参加|参与)")]
    private static partial Regex CountNoun();
}
