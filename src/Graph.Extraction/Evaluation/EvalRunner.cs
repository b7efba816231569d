namespace Graph.Extraction.Evaluation;

/// <summary>
/// Runs the real pipeline over a folder of documents and scores each against its gold file: <c>x.txt</c> (or .md, .html,
/// .pdf) pairs with <c>x.gold.json</c>, found beside it or in a separate gold folder.
/// </summary>
public static class EvalRunner
{
    public static EvaluationReport Run(string folder, string? goldFolder = null, IDocumentExtractor? extractor = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No such folder: {folder}");
        }

        extractor ??= DocumentExtractorFactory.Create();
        var evaluations = new List<DocumentEvaluation>();
        var skipped = new List<string>();
        foreach (var path in Documents(folder))
        {
            var name = Path.GetFileName(path);
            var goldPath = Path.Combine(goldFolder ?? folder, Path.GetFileNameWithoutExtension(path) + GoldAnnotation.FileSuffix);
            if (!File.Exists(goldPath))
            {
                skipped.Add(name);
                continue;
            }

            var batch = extractor.Extract(DocumentLoader.Load(path));
            evaluations.Add(Evaluator.Evaluate(name, batch, GoldAnnotation.Load(goldPath)));
        }

        return new EvaluationReport(evaluations, skipped);
    }

    /// <summary>The documents of a folder (not its subfolders) that the loader reads, in name order.</summary>
    public static IReadOnlyList<string> Documents(string folder) =>
        [.. Directory.EnumerateFiles(folder)
            .Where(f => DocumentLoader.SupportedExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
}
