using System.Text.RegularExpressions;

namespace Graph.Extraction.Text;

/// <summary>Splits the original text into trimmed, non-blank lines and says what each one is.</summary>
internal static partial class LineClassifier
{
    private const int MaxPageNumberDigits = 3;
    private const int MaxSectionLength = 24;
    private const int MaxTitleLength = 60;
    private const string Bullets = "●■◆▲★◎○•▶◇□";

    public static List<RawLine> Classify(string text)
    {
        var raw = SplitLines(text);
        var lines = new List<RawLine>(raw.Count);
        var afterSource = false;
        var firstTitle = FirstLineTitle(text, raw);
        for (var i = 0; i < raw.Count; i++)
        {
            var (start, end) = raw[i];
            if (start == end)
            {
                continue;
            }

            // A PDF page number sits alone between blank lines; a number that is part of a wrapped sentence does not.
            if (IsPageNumber(text, start, end) && IsBlank(raw, i - 1) && IsBlank(raw, i + 1))
            {
                continue;
            }

            var kind = Kind(text, start, end);
            if (kind == LineKind.Heading)
            {
                start++;
                while (start < end && CharClass.IsSpace(text[start]))
                {
                    start++;
                }

                if (start == end)
                {
                    continue;
                }
            }
            else if (kind == LineKind.Text && (afterSource || i == firstTitle) && end - start <= MaxTitleLength && !CharClass.EndsSentence(text[end - 1]))
            {
                kind = LineKind.Title;
            }

            afterSource = kind == LineKind.Source;
            lines.Add(new RawLine(kind, start, end));
        }

        return lines;
    }

    /// <summary>
    /// The index of the document's first line when it reads as the title of a single-article page (an HTML h1, a plain
    /// report): short, not ending in clause punctuation, and followed by a blank line and then either a much longer line or,
    /// somewhere, a source line; or followed directly by a much longer line. Otherwise -1, so a fragment that starts mid-sentence is not mistaken for a title.
    /// </summary>
    private static int FirstLineTitle(string text, List<(int Start, int End)> raw)
    {
        var first = raw.FindIndex(r => r.Start < r.End);
        if (first < 0 || first + 1 >= raw.Count || "，、；：,;:".Contains(text[raw[first].End - 1], StringComparison.Ordinal))
        {
            return -1;
        }

        var next = raw.FindIndex(first + 1, r => r.Start < r.End);
        var length = raw[first].End - raw[first].Start;
        var muchLonger = next >= 0 && raw[next].End - raw[next].Start >= 2 * length;
        if (!IsBlank(raw, first + 1))
        {
            // Right above a paragraph written on one line (展会情况通报 / 本届展会…): the line is the title only when the
            // paragraph is much longer; lines of a wrapped text run to about the same width.
            return muchLonger ? first : -1;
        }

        var hasSource = raw.Any(r => r.Start < r.End && SourcePattern().IsMatch(text.AsSpan(r.Start, r.End - r.Start)));
        return next >= 0 && (hasSource || muchLonger) ? first : -1;
    }

    /// <summary>Trimmed [start, end) of every physical line; blank lines come back empty.</summary>
    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n')
            {
                continue;
            }

            var start = lineStart;
            var end = i;
            while (start < end && (CharClass.IsSpace(text[start]) || text[start] == '\r'))
            {
                start++;
            }

            while (end > start && (CharClass.IsSpace(text[end - 1]) || text[end - 1] == '\r'))
            {
                end--;
            }

            lines.Add(start < end ? (start, end) : (i, i));
            lineStart = i + 1;
        }

        return lines;
    }

    private static bool IsBlank(List<(int Start, int End)> raw, int index) =>
        index < 0 || index >= raw.Count || raw[index].Start == raw[index].End;

    private static bool IsPageNumber(string text, int start, int end)
    {
        if (end - start > MaxPageNumberDigits)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!char.IsAsciiDigit(CharClass.Narrow(text[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static LineKind Kind(string text, int start, int end)
    {
        var first = text[start];
        if (first == '【' && text[end - 1] == '】' && end - start <= MaxSectionLength)
        {
            return LineKind.Section;
        }

        if (Bullets.Contains(first, StringComparison.Ordinal))
        {
            return LineKind.Heading;
        }

        return SourcePattern().IsMatch(text.AsSpan(start, end - start)) ? LineKind.Source : LineKind.Text;
    }

    /// <summary>
    /// A web page's header line (时间：2023-02-17 14:20　来源：某某报; 发布时间: 2020-09-21): it ends no sentence, yet nothing
    /// that follows continues it, so the next line is never joined to it.
    /// </summary>
    public static bool IsPageMetadata(string text, int start, int end) =>
        end - start <= MaxMetadataLength && PageMetadataPattern().IsMatch(text.AsSpan(start, end - start));

    private const int MaxMetadataLength = 80;

    [GeneratedRegex(@"^(?:发布时间|发布日期|时间|日期|来源|作者|编辑|责任编辑)\s*[:：]")]
    private static partial Regex PageMetadataPattern();

    [GeneratedRegex(@"^[（(]\s*(?:来源|来源于|资料来源|稿件来源|信息来源)\s*[:：][^）)]{1,60}[）)]$")]
    internal static partial Regex SourcePattern();
}
