using System.Diagnostics;
using System.Text;

namespace Graph.Extraction.Evaluation;

/// <summary>
/// Ingestion speed as the benchmark reports it: a document's text repeated to at least a megabyte of UTF-8, extracted several
/// times after a warm-up, the median run's megabytes per second.
/// </summary>
public static class ThroughputProbe
{
    public const int TargetBytes = 1_000_000;
    public const int Runs = 5;

    /// <summary>The median MB/s (10^6 bytes of UTF-8 per second) over <paramref name="runs"/> timed runs, and the size measured.</summary>
    public static (double MegabytesPerSecond, int Bytes) Measure(SourceDocument document, IDocumentExtractor? extractor = null, int runs = Runs)
    {
        ArgumentNullException.ThrowIfNull(document);
        extractor ??= DocumentExtractorFactory.Create();
        var copies = Math.Max(1, (int)Math.Ceiling(TargetBytes / (double)Math.Max(1, Encoding.UTF8.GetByteCount(document.Text))));
        var big = document with { Text = string.Concat(Enumerable.Repeat(document.Text, copies)) };
        var bytes = Encoding.UTF8.GetByteCount(big.Text);
        extractor.Extract(big);
        var rates = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            extractor.Extract(big);
            rates.Add(bytes / 1e6 / watch.Elapsed.TotalSeconds);
        }

        rates.Sort();
        return (rates[rates.Count / 2], bytes);
    }
}
