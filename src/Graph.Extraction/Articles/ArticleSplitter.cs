using System.Text.RegularExpressions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Articles;

/// <summary>
/// Cuts a newsletter into articles: a bulleted heading or a title line after a source line opens one, a source line or the
/// next opening closes it. Section markers (【…】) only label the articles that follow.
/// </summary>
internal static partial class ArticleSplitter
{
    private const int MaxFallbackTitleLength = 80;

    public static List<ArticleSegment> Split(RepairedText text, SourceDocument document)
    {
        var articles = new List<ArticleSegment>();
        Open? open = null;
        string? section = null;
        foreach (var line in text.Structure)
        {
            switch (line.Kind)
            {
                case LineKind.Section:
                    Close(line.Start, null);
                    section = text.Text[(line.Start + 1)..(line.End - 1)].Trim();
                    break;
                case LineKind.Heading or LineKind.Title:
                    Close(line.Start, null);
                    open = new Open(line, section);
                    break;
                case LineKind.Source:
                    Close(line.Start, line);
                    break;
            }
        }

        Close(text.Text.Length, null);
        if (articles.Count == 0)
        {
            articles.Add(Whole(text, document));
        }

        return articles;

        void Close(int end, StructureLine? sourceLine)
        {
            if (open is null)
            {
                return;
            }

            var (name, nameStart, nameEnd) = sourceLine is null ? (document.Source, -1, -1) : SourceName(text.Text, sourceLine);
            var title = Collapse(text.OriginalSlice(open.Line.Start, open.Line.End));
            articles.Add(new ArticleSegment(
                articles.Count + 1, title, open.Line.Start, open.Line.End, end, name, nameStart, nameEnd, open.Section));
            open = null;
        }
    }

    private static ArticleSegment Whole(RepairedText text, SourceDocument document)
    {
        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            return new ArticleSegment(1, document.Title.Trim(), 0, 0, text.Text.Length, document.Source, -1, -1, null);
        }

        // The first line of the original (repair may have joined it to the next one), capped for run-on first lines.
        var original = text.Original;
        var lineStart = original.Length - original.TrimStart().Length;
        var lineEnd = original.IndexOf('\n', lineStart);
        var titleEnd = Math.Min(text.RepairedIndexAt(lineEnd < 0 ? original.Length : lineEnd), MaxFallbackTitleLength);
        var title = Collapse(text.OriginalSlice(0, titleEnd));
        return new ArticleSegment(1, title, 0, titleEnd, text.Text.Length, document.Source, -1, -1, null) { BodyStart = 0 };
    }

    private static (string? Name, int Start, int End) SourceName(string text, StructureLine line)
    {
        var match = SourceNamePattern().Match(text, line.Start, line.End - line.Start);
        var group = match.Groups["name"];
        return match.Success ? (group.Value.Trim(), group.Index, group.Index + group.Length) : (null, -1, -1);
    }

    private static string Collapse(string value) => WhiteSpaceRun().Replace(value, " ").Trim();

    [GeneratedRegex(@"[:：]\s*(?<name>[^）)]+?)\s*[）)]")]
    private static partial Regex SourceNamePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpaceRun();

    private sealed record Open(StructureLine Line, string? Section);
}
