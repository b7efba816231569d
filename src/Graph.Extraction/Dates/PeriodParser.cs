using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Extraction.Dates;

/// <summary>
/// Finds reporting periods (2024 年, 今年 1-3 月, 1—2 月, 前 2 个月, 一季度, 截至 2 月底, 去年 12 月, 全年) and resolves them
/// against the document's year. Day dates (4 月 29 日) and open ranges (今年以来) are not periods and are skipped.
/// </summary>
internal static partial class PeriodParser
{
    private const string ChineseDigits = "〇一二三四五六七八九十";
    private const int UnknownYear = Graph.Domain.Model.Observation.UnknownYear;

    public static List<PeriodMention> Find(string text, int start, int end, int? documentYear, DateOnly? publishedAt)
    {
        var found = new List<PeriodMention>();
        YearEnds(text, start, end, documentYear, found);
        Points(text, start, end, documentYear, publishedAt, found);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        var yearEnds = found.Count;
        var nextYearEnd = 0;
        var match = PeriodPattern().Match(text, start, end - start);
        for (; match.Success; match = match.NextMatch())
        {
            if (match.Length == 0 || IsOpenOrDay(text, match.Index + match.Length, end))
            {
                continue;
            }

            // The year ends are in text order and so are the matches: one pointer finds the year end that may cover this one.
            while (nextYearEnd < yearEnds && found[nextYearEnd].End <= match.Index)
            {
                nextYearEnd++;
            }

            if (nextYearEnd < yearEnds && found[nextYearEnd].Start <= match.Index)
            {
                continue;
            }

            if (Resolve(match, documentYear, publishedAt) is { } period)
            {
                var resolved = period.Start.Year != UnknownYear ? period : period with { AsWritten = match.Value };
                found.Add(new PeriodMention(match.Index, match.Index + match.Length, resolved) { IsComparisonBase = IsComparison(text, match.Index, start)
                    || IsSamePeriodOf(text, match.Index + match.Length, end) || ContinuesComparison(text, match.Index, start, found) });
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        WholeYearOfContext(text, found);
        SameMonth(text, start, end, found);
        return found;
    }

    /// <summary>
    /// 7月份，…。从累计看，1至7月份…。当月…: 当月 (that month) is the last single month named before it, not the cumulative
    /// period that came between.
    /// </summary>
    private static void SameMonth(string text, int start, int end, List<PeriodMention> found)
    {
        var added = false;
        for (var at = text.IndexOf("当月", start, end - start, StringComparison.Ordinal); at >= 0 && at + 2 <= end;
             at = at + 2 < end ? text.IndexOf("当月", at + 2, end - at - 2, StringComparison.Ordinal) : -1)
        {
            var month = found.LastOrDefault(m => m.End <= at && !m.IsComparisonBase && m.Period.Start.Day == 1
                && m.Period.End == m.Period.Start.AddMonths(1).AddDays(-1));
            if (month is not null)
            {
                found.Add(new PeriodMention(at, at + 2, month.Period));
                added = true;
            }
        }

        if (added)
        {
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// 去年…，全年共签约52个: a bare 全年 is the whole of the year the sentence is already talking about, not the document's.
    /// </summary>
    private static void WholeYearOfContext(string text, List<PeriodMention> found)
    {
        for (var i = 1; i < found.Count; i++)
        {
            var (previous, mention) = (found[i - 1], found[i]);
            if (mention.End - mention.Start != 2 || string.CompareOrdinal(text, mention.Start, "全年", 0, 2) != 0
                || previous.IsComparisonBase || previous.Period.Start.Year == UnknownYear
                || previous.Period.Start.Year == mention.Period.Start.Year
                || text.AsSpan(previous.End, mention.Start - previous.End).IndexOfAny("。；！？\n") >= 0)
            {
                continue;
            }

            found[i] = mention with { Period = Period.Year(previous.Period.Start.Year) };
        }
    }

    /// <summary>
    /// The latest explicit four-digit year in the text, for documents with no known date; a year that is a goal (到2027年,
    /// 至2030年) says nothing about when the text was written and is passed over.
    /// </summary>
    public static int? LatestYear(string text)
    {
        int? latest = null;
        foreach (Match match in ExplicitYear().Matches(text))
        {
            if (match.Index > 0 && text[match.Index - 1] is '到' or '至')
            {
                continue;
            }

            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            latest = latest is null || year > latest ? year : latest;
        }

        return latest;
    }

    /// <summary>今年底, 年末, 到年底: the last day of the year, as a point (a stock or a goal at that date).</summary>
    private static void YearEnds(string text, int start, int end, int? documentYear, List<PeriodMention> found)
    {
        for (var match = YearEnd().Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            var year = match.Groups["y"].Success ? Number(match.Groups["y"].Value)
                : match.Groups["rel"].Value switch { "去年" or "上年" => documentYear - 1, "明年" => documentYear + 1, _ => documentYear };
            var last = new DateOnly(year ?? UnknownYear, 12, 31);
            found.Add(new PeriodMention(match.Index, match.Index + match.Length, new Period(last, last) { AsWritten = year is null ? match.Value : null }));
        }
    }

    /// <summary>截至5月4日: the day, as a point; 今年以来: from the first of the year to the publication date.</summary>
    private static void Points(string text, int start, int end, int? documentYear, DateOnly? publishedAt, List<PeriodMention> found)
    {
        for (var match = DayOrSoFar().Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            if (match.Groups["since"].Success)
            {
                if (publishedAt is { } published)
                {
                    found.Add(new PeriodMention(match.Index, match.Index + match.Length, new Period(new DateOnly(published.Year, 1, 1), published)));
                }

                continue;
            }

            var year = match.Groups["y"].Success ? Number(match.Groups["y"].Value)
                : match.Groups["rel"].Value == "去年" ? documentYear - 1 : documentYear;
            var (month, day) = (Number(match.Groups["m"].Value), Number(match.Groups["d"].Value));
            var y = year ?? UnknownYear;
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(y, month))
            {
                var date = new DateOnly(y, month, day);
                found.Add(new PeriodMention(match.Index, match.Index + match.Length, new Period(date, date) { AsWritten = year is null ? match.Value : null }));
            }
        }
    }

    // 较一季度, 比上年, 与去年同期相比, 高于全年: a period that is the base of a comparison is not the period being reported.
    private static bool IsComparison(string text, int index, int min) =>
        index > min && text[index - 1] is '较' or '比' or '于' or '与' or '同';

    /// <summary>2019年同期, 上年同期: the same period of another year is what a figure is compared with, never its own period.</summary>
    private static bool IsSamePeriodOf(string text, int after, int end) => text.AsSpan(after, Math.Min(2, end - after)).SequenceEqual("同期");

    /// <summary>较2019年和2020年同期: a period joined by 和/及/、 to a comparison base just before it is one too.</summary>
    private static bool ContinuesComparison(string text, int index, int min, List<PeriodMention> found) =>
        index > min && text[index - 1] is '和' or '及' or '、' && found.Count > 0 && found[^1] is { IsComparisonBase: true } last
        && last.End == index - 1;

    private static bool IsOpenOrDay(string text, int after, int end)
    {
        var rest = text.AsSpan(after, Math.Min(3, end - after));
        return rest.StartsWith("以来") || rest.StartsWith("前") || rest.StartsWith("后") || (rest.Length > 0 && char.IsAsciiDigit(rest[0]))
            || rest.StartsWith("日") || rest.StartsWith("号");
    }

    /// <summary>The period, in <see cref="UnknownYear"/> when nothing says which year (the caller marks it unresolved).</summary>
    private static Period? Resolve(Match match, int? documentYear, DateOnly? publishedAt)
    {
        var explicitYear = match.Groups["y"].Success;
        int? year = explicitYear ? Number(match.Groups["y"].Value) : documentYear;
        if (match.Groups["rel"].Success && documentYear is { } docYear)
        {
            year = match.Groups["rel"].Value switch
            {
                "去年" or "上年" => docYear - 1,
                "明年" => docYear + 1,
                _ => docYear,
            };
            explicitYear = true;
        }

        var y = year ?? UnknownYear;

        var period = Body(match, y);
        if (period is null)
        {
            return explicitYear || match.Groups["rel"].Success ? Period.Year(y) : null;
        }

        // "10-12 月" in a January issue means last year's quarter.
        return !explicitYear && publishedAt is { } published && period.Value.Start > published ? period.Value.ShiftYears(-1) : period;
    }

    private static Period? Body(Match match, int year)
    {
        if (match.Groups["q"].Success)
        {
            var quarter = Number(match.Groups["q"].Value);
            return quarter is >= 1 and <= 4 ? Period.Months(year, (quarter * 3) - 2, quarter * 3) : null;
        }

        if (match.Groups["first"].Success)
        {
            return match.Groups["first"].Value == "首季" ? Period.Months(year, 1, 3) : Period.Months(year, 1, 9);
        }

        if (match.Groups["half"].Success)
        {
            return match.Groups["half"].Value == "上" ? Period.Months(year, 1, 6) : Period.Months(year, 7, 12);
        }

        if (match.Groups["n"].Success)
        {
            var months = Number(match.Groups["n"].Value);
            return months is >= 1 and <= 12 ? Period.Months(year, 1, months) : null;
        }

        if (match.Groups["m1"].Success)
        {
            var (first, last) = (Number(match.Groups["m1"].Value), Number(match.Groups["m2"].Value));
            return first is >= 1 and <= 12 && last is >= 1 and <= 12 && first < last ? Period.Months(year, first, last) : null;
        }

        if (match.Groups["m"].Success)
        {
            var month = Number(match.Groups["m"].Value);
            if (month is < 1 or > 12)
            {
                return null;
            }

            var whole = Period.Months(year, month, month);

            // 截至8月份, 截至3月末: a stock at the month's last day.
            return match.Groups["eom"].Success || match.Value.StartsWith("截至", StringComparison.Ordinal) ? new Period(whole.End, whole.End) : whole;
        }

        return null;
    }

    private static int Number(string value)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        // 一..九, 十, 十一, 十二: enough for months and quarters.
        return value switch
        {
            "十" => 10,
            ['十', var unit] => 10 + ChineseDigits.IndexOf(unit, StringComparison.Ordinal),
            [var digit] => ChineseDigits.IndexOf(digit, StringComparison.Ordinal),
            _ => -1,
        };
    }

    // Every quantifier is bounded and the alternatives start with distinct literals, so matching stays linear.
    [GeneratedRegex(
        @"(?=截至|(?:19|20)[0-9]{2}年|今年|去年|明年|上年|本年|全年|第?[一二三四1-4]季度|上半年|下半年|前三季度|首季|前[0-9一二三四五六七八九十]{1,2}个月|[0-9]{1,2}月|[0-9]{1,2}[-—–~～至到])"
        + @"(?:截至)?(?:(?<y>(?:19|20)[0-9]{2})年|(?<rel>今年|去年|明年|上年|本年|全年))?"
        + @"(?:第?(?<q>[一二三四1-4])季度|(?<half>上|下)半年|(?<first>前三季度|首季)|前(?<n>[0-9]{1,2}|[一二三四五六七八九十]{1,2})个月"
        + @"|(?<m1>[0-9]{1,2})(?:月份?)?[-—–~～至到](?<m2>[0-9]{1,2})月份?|(?<m>[0-9]{1,2})月份?(?<eom>底|末)?)?")]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"(?:(?<y>(?:19|20)[0-9]{2})年|(?<rel>今年|去年|明年|上年|本年))?年(?:底|末)")]
    private static partial Regex YearEnd();

    [GeneratedRegex(@"截[至止]到?(?:(?<y>(?:19|20)[0-9]{2})年|(?<rel>今年|去年))?(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日|(?<since>今年以来|年初以来|今年来)")]
    private static partial Regex DayOrSoFar();

    [GeneratedRegex(@"((?:19|20)[0-9]{2})年")]
    private static partial Regex ExplicitYear();
}
