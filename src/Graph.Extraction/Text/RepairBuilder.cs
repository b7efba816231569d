using System.Text;

namespace Graph.Extraction.Text;

/// <summary>Appends repaired characters while recording, for each, the original offset it stands for.</summary>
/// <param name="original">The document as given.</param>
/// <param name="reading">Its <see cref="ReadingForm"/>, as long as the original: the characters that are appended.</param>
internal sealed class RepairBuilder(string original, string reading)
{
    private readonly StringBuilder _text = new(original.Length);
    private readonly List<int> _origin = new(original.Length);

    public int Length => _text.Length;

    /// <summary>Appends original [start, end): inner white space goes where it touches a Han character or punctuation, else shrinks to one space.</summary>
    public void AppendLine(int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var c = reading[i];
            if (!CharClass.IsSpace(c))
            {
                Append(c, i);
                i++;
                continue;
            }

            var runStart = i;
            while (i < end && CharClass.IsSpace(reading[i]))
            {
                i++;
            }

            if (KeepsSpace(LastChar(), i < end ? reading[i] : '\0'))
            {
                Append(' ', runStart);
            }
        }
    }

    /// <summary>Joins a wrapped line to the previous one: nothing between Chinese text, one space between Latin words.</summary>
    public void Join(int previousEnd, int nextStart)
    {
        if (KeepsSpace(LastChar(), reading[nextStart]))
        {
            Append(' ', previousEnd);
        }
    }

    public void Break(int previousEnd) => Append('\n', previousEnd);

    public RepairedText Build(IReadOnlyList<StructureLine> structure) =>
        new(original, _text.ToString(), [.. _origin], structure);

    private static bool KeepsSpace(char left, char right) =>
        left != '\0' && right != '\0' && left <= '\u007F' && right <= '\u007F' && left != '\n';

    private char LastChar() => _text.Length == 0 ? '\0' : _text[^1];

    private void Append(char c, int originOffset)
    {
        _text.Append(c);
        _origin.Add(originOffset);
    }
}
