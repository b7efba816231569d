using System.Reflection;

namespace Graph.Extraction.Lexicon;

/// <summary>Reads the tab-separated data files embedded under Data/.</summary>
internal static class EmbeddedData
{
    public static IEnumerable<string[]> ReadTsv(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Graph.Extraction.Data.{fileName}")
            ?? throw new InvalidOperationException($"Embedded resource Data/{fileName} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }
}
