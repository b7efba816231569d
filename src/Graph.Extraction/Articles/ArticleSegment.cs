namespace Graph.Extraction.Articles;

/// <summary>One article cut from a document, as ranges of the repaired text.</summary>
/// <param name="Ordinal">1-based position in the document.</param>
/// <param name="Title">The title as printed (white space runs collapsed to one space).</param>
/// <param name="TitleStart">Start of the title line in repaired text; equal to <paramref name="TitleEnd"/> when the title came from outside the text.</param>
/// <param name="End">End of the article body (the source line excluded).</param>
/// <param name="SourceName">The publisher as printed in （来源：…）, or the document's source.</param>
/// <param name="SourceStart">Start of the publisher's name in the source line, or -1 when the text names none.</param>
internal sealed record ArticleSegment(
    int Ordinal,
    string Title,
    int TitleStart,
    int TitleEnd,
    int End,
    string? SourceName,
    int SourceStart,
    int SourceEnd,
    string? Section)
{
    /// <summary>Where the body starts: after the title line, or at the top when the title is only the text's first line.</summary>
    public int BodyStart { get; init; } = TitleEnd;

    /// <summary>Where recognition runs: the title and the body.</summary>
    public int Start => TitleStart;
}
