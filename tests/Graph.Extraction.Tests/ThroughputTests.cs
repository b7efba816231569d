using System.Text;
using Graph.Extraction.Tests.Scaling;
using Graph.Extraction.Tests.Support;

namespace Graph.Extraction.Tests;

/// <summary>
/// A megabyte of the sample newsletter, timed on the extracting thread's CPU clock (not the wall clock, which a loaded
/// machine stretches): a generous floor that a quadratic step could not clear.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class ThroughputTests
{
    // Far below the 1 MB/s target so a slow CI machine never trips it, yet far above what a quadratic scan manages on 1 MB.
    private const double MinimumMegabytesPerSecond = 0.1;

    [SkippableFact]
    public void A_megabyte_of_newsletters_is_extracted_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat(SampleCorpus.Document.Text, 42));
        var extractor = DocumentExtractorFactory.Create();
        extractor.Extract(SampleCorpus.Document);

        Domain.Model.GraphBatch? batch = null;
        var cpu = ThreadCpuClock.Measure(() => batch = extractor.Extract(new SourceDocument("big-2025-04.txt", text)));
        var megabytesPerSecond = Encoding.UTF8.GetByteCount(text) / 1e6 / cpu.TotalSeconds;

        Assert.Equal(8 * 42, batch!.Entities.Count(e => e.Kind == Domain.Model.EntityKind.Article));
        Assert.True(megabytesPerSecond >= MinimumMegabytesPerSecond, $"Extraction ran at {megabytesPerSecond:F2} MB/s of CPU time.");
    }
}
