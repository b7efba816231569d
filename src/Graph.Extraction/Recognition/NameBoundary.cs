using Graph.Extraction.Lexicon;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>Finds where a name that ends in a known suffix (…有限公司, …工程, …峰会) begins, scanning leftwards.</summary>
internal static class NameBoundary
{
    private const int MaxQuoted = 24;
    private static readonly string[] HostVerbs = ["举行", "召开", "举办", "发布", "出台", "印发", "出席", "主持", "致辞", "宣布", "见证"];

    /// <summary>
    /// The start of the name ending at <paramref name="end"/>. The scan runs left to a hard stop (punctuation, a stop
    /// character, a date such as …12月中冰自贸协定, or <paramref name="maxLength"/>), taking a quoted phrase (“南数北用”) whole.
    /// Inside that stretch, the name starts after the rightmost stop word (实施, 开展) that still leaves
    /// <paramref name="minCore"/> characters, so 实施软件产业骨干企业培育工程 keeps its inner 培育. A name that would start with a
    /// stop word is no name: then <paramref name="end"/> comes back.
    /// </summary>
    public static int ScanLeft(string text, int end, int min, int maxLength, int minCore)
    {
        var hard = HardStart(text, end, min, maxLength);

        // 这款…: the hard stop fell on the first character of a stop word; the name starts after the whole word.
        foreach (var word in Words.LeftStopWords)
        {
            if (hard - 1 >= min && hard - 1 + word.Length <= end && string.CompareOrdinal(text, hard - 1, word, 0, word.Length) == 0)
            {
                hard = hard - 1 + word.Length;
                break;
            }
        }

        for (var p = end; p - 2 >= hard; p--)
        {
            if (Words.EndsWithStopWord(text, p, out var length) && p - length >= hard)
            {
                if (CoreLength(text, p, end) >= minCore)
                {
                    return StartsWithStopWord(text, p, end) ? end : p;
                }

                // 国新办举行发布会: what is held is never named after its host, so a host verb too close to the suffix ends the match.
                if (Array.IndexOf(HostVerbs, text.Substring(p - length, length)) >= 0)
                {
                    return end;
                }
            }
        }

        return StartsWithStopWord(text, hard, end) ? end : hard;
    }

    private static int HardStart(string text, int end, int min, int maxLength)
    {
        var i = end;
        while (i > min && end - i < maxLength)
        {
            var c = text[i - 1];
            if (c is '”' or '’')
            {
                var open = text.LastIndexOf(c == '”' ? '“' : '‘', i - 1, Math.Min(MaxQuoted, i - min));
                if (open < min || open < 0)
                {
                    break;
                }

                i = open;
                continue;
            }

            var decimalPoint = c == '.' && i - 2 >= min && char.IsAsciiDigit(text[i - 2]) && i < text.Length && char.IsAsciiDigit(text[i]);
            if ((!decimalPoint && CharClass.IsPunctuation(c)) || Words.LeftStopChars.Contains(c, StringComparison.Ordinal) || IsDateEnd(text, i - 1, min))
            {
                break;
            }

            i--;
        }

        return i;
    }

    private static bool StartsWithStopWord(string text, int start, int end)
    {
        foreach (var word in Words.LeftStopWords)
        {
            if (end - start >= word.Length && string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Number of non-quote characters in [start, end): quotes do not make a name long enough.</summary>
    public static int CoreLength(string text, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] is not ('“' or '”' or '‘' or '’'))
            {
                count++;
            }
        }

        return count;
    }

    public static bool HasQuote(string text, int start, int end) => text.AsSpan(start, end - start).IndexOfAny('“', '‘') >= 0;

    // 月 or 日 right after a digit ends a date, and no name runs through a date.
    private static bool IsDateEnd(string text, int index, int min) =>
        text[index] is '月' or '日' or '年' && index > min && char.IsAsciiDigit(text[index - 1]);
}
