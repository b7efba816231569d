using Graph.Extraction.Lexicon;

namespace Graph.Extraction;

/// <summary>Creates extractors without dependency injection (CLI, tests, benchmarks).</summary>
public static class DocumentExtractorFactory
{
    /// <summary>An extractor over the built-in gazetteers. Cheap after the first call: the gazetteers load once per process.</summary>
    public static IDocumentExtractor Create() => new DocumentExtractor(Gazetteer.Default);
}
