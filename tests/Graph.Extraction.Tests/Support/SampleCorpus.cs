using Graph.Domain.Model;

namespace Graph.Extraction.Tests.Support;

/// <summary>
/// The sample newsletter in the shared corpus (never committed). Tests that read it are skippable: without ../shared they are
/// reported as skipped with the reason.
/// </summary>
internal static class SampleCorpus
{
    public const string FileName = "liaoning-digital-economy-newsletter-2025-04.txt";

    private static readonly Lazy<(SourceDocument Document, GraphBatch Batch)> Extracted = new(() =>
    {
        var document = DocumentLoader.Load(Path());
        return (document, DocumentExtractorFactory.Create().Extract(document));
    });

    public static SourceDocument Document => Require().Document;

    public static GraphBatch Batch => Require().Batch;

    /// <summary>The newsletter's path; skips the calling test when the shared corpus is absent.</summary>
    public static string Path() => SharedCorpus.Require(FileName);

    private static (SourceDocument Document, GraphBatch Batch) Require()
    {
        Path();
        return Extracted.Value;
    }
}
