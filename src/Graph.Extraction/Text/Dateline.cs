using System.Text.RegularExpressions;

namespace Graph.Extraction.Text;

/// <summary>
/// A report's dateline: a day and a mark (新华社北京3月2日电, 某某网5月6日讯, 某网3月6日消息), or a paper's own 本报讯 /
/// 某某日报讯. A word that merely ends in 电 or 讯 (风电, 用电, 资讯) is no dateline.
/// </summary>
internal static partial class Dateline
{
    private const int Reach = 12;

    /// <summary>Whether a dateline's mark (电, 讯, 消息) follows the day that ends at <paramref name="after"/>.</summary>
    public static bool MarkAt(string text, int after) =>
        after < text.Length && (text[after] is '电' or '讯' || text.AsSpan(after).StartsWith("消息", StringComparison.Ordinal));

    /// <summary>Whether a whole dateline, day and mark, or 报讯, ends right before <paramref name="end"/>.</summary>
    public static bool EndsBefore(string text, int end, int min)
    {
        var start = Math.Max(min, end - Reach);
        return end > start && DatelineEnd().IsMatch(text.AsSpan(start, end - start));
    }

    [GeneratedRegex(@"(?:[0-9０-９一二三四五六七八九十]{1,3}日(?:电|讯|消息)|[报刊]讯)\s*$")]
    private static partial Regex DatelineEnd();
}
