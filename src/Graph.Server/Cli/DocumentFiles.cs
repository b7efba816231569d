using Graph.Extraction;

namespace Graph.Server.Cli;

/// <summary>Expands the paths given to <c>ingest</c>: files as named, folders recursively to the files the loader reads (.txt, .md, .html, .pdf).</summary>
internal static class DocumentFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => DocumentLoader.SupportedExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new UsageException($"No such file or folder: {path}");
            }
        }

        return files;
    }
}
