namespace Graph.Extraction.Text;

/// <summary>Appends repaired characters while recording, for each, the original offset it stands for.</summary>
/// <param name="original">The document as given.</param>
/// <param name="reading">Its <see cref="ReadingForm"/>, as long as the original: the characters that are appended.</param>
internal sealed class RepairBuilder(string original, string reading)
{
    // Plain arrays rather than a StringBuilder and a List<int>: one store per character, and the repaired text is rarely
    // longer than the original (they grow if it is).
    private char[] _text = new char[original.Length + 1];
    private int[] _origin = new int[original.Length + 1];
    private int _length;

    public int Length => _length;

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
        new(original, new string(_text, 0, _length), _origin[.._length], structure);

    private static bool KeepsSpace(char left, char right) =>
        left != '\0' && right != '\0' && left <= '\u007F' && right <= '\u007F' && left != '\n';

    private char LastChar() => _length == 0 ? '\0' : _text[_length - 1];

    private void Append(char c, int originOffset)
    {
        if (_length == _text.Length)
        {
            Array.Resize(ref _text, _length * 2);
            Array.Resize(ref _origin, _length * 2);
        }

        _text[_length] = c;
        _origin[_length++] = originOffset;
    }
}
