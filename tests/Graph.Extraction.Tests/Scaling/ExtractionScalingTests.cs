using System.Globalization;
using System.Text;
using Graph.Extraction.Tests.Support;
using Xunit.Abstractions;

namespace Graph.Extraction.Tests.Scaling;

/// <summary>
/// Issue 14: extraction is linear in the text. Each test extracts 1, 2, 4 and 8 MB of newsletter-like text and compares the
/// CPU time per megabyte at 8 MB with that at 1 MB, measured on the extracting thread within the same run: a linear
/// pipeline keeps the ratio near 1, n log n a little above, a quadratic step near 8. No absolute time is asserted.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class ExtractionScalingTests(ITestOutputHelper output)
{
    private const double MaxPerMegabyteRatio = 2.5;
    private static readonly int[] Megabytes = [1, 2, 4, 8];

    [Fact]
    public void One_line_of_text_is_extracted_in_near_linear_time() => AssertNearLinear(oneLine: true);

    [Fact]
    public void Many_lines_and_articles_are_extracted_in_near_linear_time() => AssertNearLinear(oneLine: false);

    private void AssertNearLinear(bool oneLine)
    {
        var extractor = DocumentExtractorFactory.Create();
        var texts = Megabytes.ToDictionary(mb => mb, mb => Text(mb, oneLine));

        // Warm-up: the JIT's later tiers would otherwise make the first size look slow.
        for (var i = 0; i < 2; i++)
        {
            extractor.Extract(new SourceDocument("warm-up-2025-04.txt", texts[1]));
        }

        var perMegabyte = new Dictionary<int, double>();
        foreach (var mb in Megabytes)
        {
            var document = new SourceDocument($"scaling-{mb}mb-2025-04.txt", texts[mb]);
            var seconds = ThreadCpuClock.Measure(() => extractor.Extract(document)).TotalSeconds;
            perMegabyte[mb] = seconds / mb;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(oneLine ? "one line" : "many lines")} {Encoding.UTF8.GetByteCount(texts[mb]) / 1e6:F2} MB: {seconds:F2} s CPU ({perMegabyte[mb]:F2} s/MB)"));
        }

        var ratio = perMegabyte[8] / perMegabyte[1];
        Assert.True(ratio <= MaxPerMegabyteRatio,
            $"CPU time per megabyte grew {ratio:F2}x from 1 MB to 8 MB (bar {MaxPerMegabyteRatio}): some step is worse than n log n.");
    }

    private static string Text(int megabytes, bool oneLine) => SyntheticNewsletter.Build(megabytes * 1_000_000, oneLine);
}
