using System.Globalization;
using System.Text.RegularExpressions;

namespace Graph.Extraction.Dates;

/// <summary>Reads a publication date out of a document name: <c>...-2025-04.txt</c> → 2025-04-01, <c>2025-04-18</c> → that day.</summary>
internal static partial class PublishedAtInference
{
    public static DateOnly? FromName(string name)
    {
        DateOnly? found = null;
        foreach (Match match in DateInName().Matches(Path.GetFileNameWithoutExtension(name)))
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                // The last date in the name wins: "report-2024-12-summary-2025-01" is the January issue.
                found = new DateOnly(year, month, day);
            }
        }

        return found;
    }

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})[-_.](?<m>[0-9]{2})(?:[-_.](?<d>[0-9]{2}))?(?![0-9])")]
    private static partial Regex DateInName();
}
