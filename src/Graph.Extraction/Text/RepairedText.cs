using Graph.Domain.Model;

namespace Graph.Extraction.Text;

/// <summary>
/// The text the recognizers read: wrapped lines joined, page numbers and blank lines dropped, spaces beside Han characters
/// removed, full-width digits and letters narrowed. Each character keeps the original offset it came from, so every span
/// found here maps back to the document as given.
/// </summary>
internal sealed class RepairedText
{
    private readonly int[] _origin;

    public RepairedText(string original, string text, int[] origin, IReadOnlyList<StructureLine> structure)
    {
        Original = original;
        Text = text;
        _origin = origin;
        Structure = structure;
    }

    public string Original { get; }

    public string Text { get; }

    public IReadOnlyList<StructureLine> Structure { get; }

    /// <summary>The original span covering repaired characters [start, end).</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        if (end <= start)
        {
            return new TextSpan(start < _origin.Length ? _origin[start] : Original.Length, 0);
        }

        var first = _origin[start];
        var last = _origin[end - 1] + 1;
        return new TextSpan(first, last - first);
    }

    /// <summary>The first repaired index whose character comes from at or after <paramref name="originalOffset"/>.</summary>
    public int RepairedIndexAt(int originalOffset)
    {
        var index = Array.BinarySearch(_origin, originalOffset);
        if (index < 0)
        {
            return ~index;
        }

        // Several repaired characters never share an origin, but be safe: take the first.
        while (index > 0 && _origin[index - 1] == originalOffset)
        {
            index--;
        }

        return index;
    }

    /// <summary>The original text behind repaired characters [start, end), line breaks and all.</summary>
    public string OriginalSlice(int start, int end)
    {
        var span = ToOriginal(start, end);
        return Original.Substring(span.Start, span.Length);
    }
}
