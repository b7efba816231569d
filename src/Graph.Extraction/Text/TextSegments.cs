namespace Graph.Extraction.Text;

/// <summary>Sentence and clause boundaries in repaired text.</summary>
internal static class TextSegments
{
    private const string SentenceEnds = "。！？!?\n";
    private const string ClauseEnds = "。！？!?\n，；：,;:";

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
            if (stops.Contains(text[i], StringComparison.Ordinal))
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
        while (start > min && !stops.Contains(text[start - 1], StringComparison.Ordinal))
        {
            start--;
        }

        var end = position;
        while (end < max && !stops.Contains(text[end], StringComparison.Ordinal))
        {
            end++;
        }

        return (start, Math.Min(max, end < max ? end + 1 : end));
    }
}
