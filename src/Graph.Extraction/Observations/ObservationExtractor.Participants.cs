using System.Text.RegularExpressions;
using Graph.Domain.Model;
using Graph.Extraction.Dates;
using Graph.Extraction.Recognition;

namespace Graph.Extraction.Observations;

internal static partial class ObservationExtractor
{
    // 28个国家和地区的650家企业 are simply the exhibitors; only a qualified group of countries names a group of companies.
    private static readonly HashSet<string> BareCountries = ["国家和地区", "国家", "地区"];

    private static readonly string[] ParticipationVerbs = ["参展", "参会", "参赛", "出席", "参加", "参与", "亮相"];

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
        Match? previous = null;
        foreach (Match count in counts)
        {
            // 12个某某国家的210家企业: the companies are those of the countries counted just before; each such pair is its own figure.
            var owner = previous is not null && previous.Index + previous.Length + 1 == count.Index && text[start + count.Index - 1] == '的'
                && !BareCountries.Contains(previous.Groups["noun"].Value)
                ? previous.Groups["noun"].Value
                : string.Empty;
            previous = count;
            var at = start + count.Index;
            var place = context.HitsIn(start, at, EntityKind.Place).LastOrDefault(h => h.End == at);
            var subject = place?.Entity ?? scope.MainEvent?.Event;
            if (subject is null || (eventPeriod ?? PeriodAt(context, at)) is not { } period)
            {
                continue;
            }

            var unit = Units.Get(count.Groups["c"].Value);
            var indicator = EntityRef.Named(
                EntityKind.Indicator, IndicatorNamer.WithCountTail(owner + verb + count.Groups["noun"].Value, IndicatorNamer.CountTail(unit)));
            var nounStart = at + count.Groups["noun"].Index - count.Index;
            drafts.Add(new ObservationDraft(indicator, nounStart, nounStart + count.Groups["noun"].Length, subject, Number(count.Groups["v"].Value),
                unit, period, null, false, start, end));
        }

        return false;
    }

    // The noun may carry its qualifier (104个“一带一路”共建国家的1585家企业、13个某协定成员国的1106家企业同台亮相); a count
    // followed by 、 is one of a list that ends in the verb; 前来, 同台 may stand before the verb.
    [GeneratedRegex(@"(?<![0-9.])(?<v>[0-9]{1,6})(?<c>家|个|项)(?<noun>[^，。；、：0-9]{0,24}?(?:国家和地区|国家|地区|成员国|企业|单位|机构|高校|项目))(?=的|、|(?:前来|同台|集中|共同)?(?:参展|参会|参赛|出席|参加|参与|亮相))")]
    private static partial Regex CountNoun();
}
