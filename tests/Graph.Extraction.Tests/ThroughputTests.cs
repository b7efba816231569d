using System.Diagnostics;
using System.Text;
using Graph.Extraction.Tests.Support;

namespace Graph.Extraction.Tests;

public sealed class ThroughputTests
{
    // Far below the 1 MB/s target so a busy CI machine never trips it, yet far above what a quadratic scan manages on 1 MB.
    private const double MinimumMegabytesPerSecond = 0.1;

    [SkippableFact]
    public void A_megabyte_of_newsletters_is_extracted_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat(SampleCorpus.Document.Text, 42));
        var extractor = DocumentExtractorFactory.Create();
        extractor.Extract(SampleCorpus.Document);

        var watch = Stopwatch.StartNew();
        var batch = extractor.Extract(new SourceDocument("big-2025-04.txt", text));
        var megabytesPerSecond = Encoding.UTF8.GetByteCount(text) / 1e6 / watch.Elapsed.TotalSeconds;

        Assert.Equal(8 * 42, batch.Entities.Count(e => e.Kind == Domain.Model.EntityKind.Article));
        Assert.True(megabytesPerSecond >= MinimumMegabytesPerSecond, $"Extraction ran at {megabytesPerSecond:F2} MB/s.");
    }
}
