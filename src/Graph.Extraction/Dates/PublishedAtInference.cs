using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Extraction.Dates;

/// <summary>
/// Where a document says when it was published: its own header (发布时间：2022-08-24, 时间：…, a date standing before 来源),
/// a newspaper's footer (《人民日报》（2025年05月06日 10版）), a news agency's dateline (新华社北京8月23日电, its year taken from
/// the text), and, failing all of these, a date in the file name (<c>...-2025-04.txt</c>). A header date written in figures
/// (2024-10-18, 2019/11/11) counts wherever it stands: a page's date line is often run onto its title or source name.
/// </summary>
internal static partial class PublishedAtInference
{
    private const int HeaderLength = 400;
    private const int FooterLength = 300;

    public static DateOnly? FromName(string name)
    {
        DateOnly? found = null;
        foreach (Match match in DateInName().Matches(Path.GetFileNameWithoutExtension(name)))
        {
            // The last date in the name wins: "report-2024-12-summary-2025-01" is the January issue.
            found = Date(match, dayOptional: true) ?? found;
        }

        return found;
    }

    /// <summary>The publication date the text states, in order of trust: a labelled header date, a bare header date, a footer, a dateline.</summary>
    public static DateOnly? FromText(string text)
    {
        var header = text[..Math.Min(HeaderLength, text.Length)];
        var footer = text[Math.Max(0, text.Length - FooterLength)..];
        return First(LabelledDate(), header) ?? First(BareHeaderDate(), header) ?? First(NumericHeaderDate(), header)
            ?? First(FooterDate(), footer) ?? FromDateline(text, header);
    }

    private static DateOnly? First(Regex pattern, string text)
    {
        for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
        {
            if (Date(match, dayOptional: false) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>新华社北京8月23日电: the month and day, in the latest year the text names (2022年, 2024数字经济大会; not 到2027年).</summary>
    private static DateOnly? FromDateline(string text, string header)
    {
        var match = Dateline().Match(header);
        if (!match.Success || LatestNamedYear(text) is not { } year)
        {
            return null;
        }

        var (month, day) = (Number(match, "m"), Number(match, "d"));
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static int? LatestNamedYear(string text)
    {
        int? latest = null;
        foreach (Match match in NamedYear().Matches(text))
        {
            if (match.Index == 0 || text[match.Index - 1] is not ('到' or '至'))
            {
                var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
                latest = latest is null || year > latest ? year : latest;
            }
        }

        return latest;
    }

    private static DateOnly? Date(Match match, bool dayOptional)
    {
        var (year, month) = (Number(match, "y"), Number(match, "m"));
        var day = match.Groups["d"].Success ? Number(match, "d") : dayOptional ? 1 : -1;
        return year is >= 1900 and <= 2199 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private const string DatePattern = @"(?<y>(?:19|20)[0-9]{2})\s*[-./年]\s*(?<m>[0-9]{1,2})\s*[-./月]\s*(?<d>[0-9]{1,2})(?![0-9])\s*日?";

    [GeneratedRegex(@"(?:发布时间|发布日期|发稿时间|发表时间|时间|日期|发布于)\s*[:：]?\s*" + DatePattern)]
    private static partial Regex LabelledDate();

    // A date, perhaps with a time, that names the source next (a title line wrapped onto it is no matter), or a line of its own.
    [GeneratedRegex(@"(?<![0-9])" + DatePattern + @"\s*(?:[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?)?\s*来源|(?:^|\n)\s*" + DatePattern + @"\s*(?:[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?)?\s*(?:\n|$)")]
    private static partial Regex BareHeaderDate();

    // 国家统计局 2024-10-18 10:15, 2019-11-11 某网, a title run onto its date line: a date in figures with one separator, not a
    // range's end (截至2024-09-30, 2024-01-01至…) nor part of a longer number or version.
    [GeneratedRegex(@"(?<![0-9.\-/至到止])(?<y>(?:19|20)[0-9]{2})(?<s>[-/.])(?<m>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2})(?![0-9.%\-/]|\s*[至到—–~～])")]
    private static partial Regex NumericHeaderDate();

    [GeneratedRegex(@"[（(]\s*" + DatePattern + @"\s*(?:第?\s*[0-9]{1,3}\s*版)?\s*[）)]")]
    private static partial Regex FooterDate();

    [GeneratedRegex(@"[\u4e00-\u9fff]{1,8}?(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日(?:电|讯|消息)")]
    private static partial Regex Dateline();

    // A year as text names it: before 年, or opening a name (2024数字经济大会), never a count (2024家, 2024万).
    [GeneratedRegex(@"(?<![0-9.])(?<y>(?:19|20)[0-9]{2})(?=年|[\u4e00-\u9fff])(?![万亿千百个家项名人元件台套吨户条种次])")]
    private static partial Regex NamedYear();

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})[-_.](?<m>[0-9]{2})(?:[-_.](?<d>[0-9]{2}))?(?![0-9])")]
    private static partial Regex DateInName();
}
