namespace Graph.Extraction.Text;

/// <summary>Sentence and clause boundaries in repaired text.</summary>
/// <remarks>
/// A sentence is never longer than <see cref="MaxSentenceLength"/>: text with no sentence marks (a hostile one-line upload,
/// a table flattened to one line) is cut there, so every step that reads a sentence or looks around a name costs a bounded
/// amount per name and extraction stays linear in the text. Real sentences in the genre stay far below the bound (under 200
/// characters in every document of the corpus).
/// </remarks>
internal static class TextSegments
{
    public const int MaxSentenceLength = 600;

    private const string SentenceEnds = "。！？!?\n";
    // ASCII , ; : are read as their Chinese forms (ReadingForm) except inside a number (288,938), which they must not cut.
    private const string ClauseEnds = "。！？!?\n，；：";

    /// <summary>The sentence [start, end) around <paramref name="position"/>, clipped to [min, max).</summary>
    public static (int Start, int End) Sentence(string text, int position, int min, int max) => Around(text, position, min, max, SentenceEnds);

    /// <summary>The clause [start, end) around <paramref name="position"/>, clipped to [min, max).</summary>
    public static (int Start, int End) Clause(string text, int position, int min, int max) => Around(text, position, min, max, ClauseEnds);

    /// <summary>Consecutive pieces of [start, end) cut after each terminator; terminators stay with the piece they end.</summary>
    public static List<(int Start, int End)> Split(string text, int start, int end, bool clauses)
    {
        var stops = clauses ? ClauseEnds : SentenceEnds;
        var pieces = new List<(int, int)>();
        var pieceStart = start;
        for (var i = start; i < end; i++)
        {
            if (stops.Contains(text[i], StringComparison.Ordinal) || i + 1 - pieceStart >= MaxSentenceLength)
            {
                if (i + 1 > pieceStart)
                {
                    pieces.Add((pieceStart, i + 1));
                }

                pieceStart = i + 1;
            }
        }

        if (pieceStart < end)
        {
            pieces.Add((pieceStart, end));
        }

        return pieces;
    }

    private static (int Start, int End) Around(string text, int position, int min, int max, string stops)
    {
        var start = position;
        var lowest = Math.Max(min, position - MaxSentenceLength);
        while (start > lowest && !stops.Contains(text[start - 1], StringComparison.Ordinal))
        {
            start--;
        }

        var end = position;
        var highest = Math.Min(max, position + MaxSentenceLength);
        while (end < highest && !stops.Contains(text[end], StringComparison.Ordinal))
        {
            end++;
        }

        return (start, Math.Min(max, end < highest ? end + 1 : end));
    }
}
