using Graph.Domain.Model;

namespace Graph.Extraction.Tests.Support;

/// <summary>
/// The sample newsletter lives in the shared folder beside the repository (it is never committed). Found by walking up from
/// the test binaries to a folder holding shared/corpus.
/// </summary>
internal static class SampleCorpus
{
    public const string FileName = "liaoning-digital-economy-newsletter-2025-04.txt";

    private static readonly Lazy<(SourceDocument Document, GraphBatch Batch)> Extracted = new(() =>
    {
        var document = DocumentLoader.Load(Path());
        return (document, DocumentExtractorFactory.Create().Extract(document));
    });

    public static SourceDocument Document => Extracted.Value.Document;

    public static GraphBatch Batch => Extracted.Value.Batch;

    public static string Path()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "shared", "corpus", FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"The sample corpus was not found: no shared/corpus/{FileName} in any folder above {AppContext.BaseDirectory}. "
            + "Tests expect the shared folder beside the repository (../shared from the repo root).");
    }
}
