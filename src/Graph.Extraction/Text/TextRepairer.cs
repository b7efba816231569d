namespace Graph.Extraction.Text;

/// <summary>Rebuilds the reading text of a PDF-extracted document (see <see cref="RepairedText"/>).</summary>
internal static class TextRepairer
{
    public static RepairedText Repair(string original)
    {
        var reading = ReadingForm.Of(original);
        var lines = LineClassifier.Classify(reading);
        var builder = new RepairBuilder(original, reading);
        var structure = new List<StructureLine>();
        RawLine? previous = null;
        foreach (var line in lines)
        {
            if (previous is { } prev)
            {
                var wrapped = line.Kind == LineKind.Text && prev.Kind == LineKind.Text && !CharClass.EndsSentence(LastMeaningful(reading, prev))
                    && !LineClassifier.IsPageMetadata(reading, prev.Start, prev.End);
                if (wrapped)
                {
                    builder.Join(prev.End, line.Start);
                }
                else
                {
                    // The inserted break stands for the original line break right after the previous line.
                    builder.Break(prev.End);
                }
            }

            var start = builder.Length;
            builder.AppendLine(line.Start, line.End);
            if (line.Kind != LineKind.Text)
            {
                structure.Add(new StructureLine(line.Kind, start, builder.Length));
            }

            previous = line;
        }

        return builder.Build(structure);
    }

    /// <summary>The last character that decides whether a line ends a sentence: closing quotes defer to what they close.</summary>
    private static char LastMeaningful(string text, RawLine line)
    {
        var i = line.End - 1;
        while (i > line.Start && text[i] is '”' or '’' or '」' or '"' or '）' or ')')
        {
            i--;
        }

        return text[i];
    }
}
