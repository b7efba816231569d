using System.Diagnostics;
using System.Globalization;
using Graph.Extraction.Tests.Support;
using Xunit.Abstractions;

namespace Graph.Extraction.Tests.Scaling;

/// <summary>
/// Issue 14: a cancelled extraction stops promptly, also inside one long article (a single line of megabytes, where the
/// per-article check alone would wait for the whole text). Measured against the same document's full run.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class ExtractionCancellationTests(ITestOutputHelper output)
{
    private const double MaxDelayShareOfFullRun = 0.1;

    [Fact]
    public void A_token_cancelled_before_the_start_stops_extraction_at_once()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            DocumentExtractorFactory.Create().Extract(new SourceDocument("a.txt", "大连市数字经济发展。"), cancelled.Token));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_cancel_during_a_long_extraction_takes_effect_promptly(bool oneLine)
    {
        var extractor = DocumentExtractorFactory.Create();
        var document = new SourceDocument("long-2025-04.txt", SyntheticNewsletter.Build(4_000_000, oneLine));
        extractor.Extract(document with { Text = document.Text[..100_000] });
        var full = Stopwatch.StartNew();
        extractor.Extract(document);
        full.Stop();

        // Cancel part of the way in; the delay is from the request to the exception, on the wall clock of this process. On a
        // loaded machine the timer may fire only after the run has ended: then the next try cancels earlier.
        foreach (var share in (double[])[1.0 / 3, 1.0 / 10, 1.0 / 100])
        {
            using var source = new CancellationTokenSource();
            long cancelledAt = 0;
            source.Token.Register(() => Interlocked.Exchange(ref cancelledAt, Stopwatch.GetTimestamp()));
            source.CancelAfter(full.Elapsed * share);
            try
            {
                extractor.Extract(document, source.Token);
                continue;
            }
            catch (OperationCanceledException)
            {
            }

            // The token is marked cancelled before its callbacks run, so the extraction can throw before the callback has
            // taken the time: wait for it (a delay of zero, not the time since the clock's origin).
            Assert.True(SpinWait.SpinUntil(() => Interlocked.Read(ref cancelledAt) != 0, TimeSpan.FromSeconds(5)), "the cancel callback never ran");
            var delay = Stopwatch.GetElapsedTime(Interlocked.Read(ref cancelledAt));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"full run {full.Elapsed.TotalSeconds:F2} s; cancelled at {share:P0}, stopped {delay.TotalMilliseconds:F0} ms after the cancel"));
            Assert.True(delay <= full.Elapsed * MaxDelayShareOfFullRun,
                $"Extraction went on for {delay.TotalMilliseconds:F0} ms after the cancel (full run {full.Elapsed.TotalMilliseconds:F0} ms).");
            return;
        }

        Assert.Fail("No cancel reached the extraction before it ended, even at 1% of a full run.");
    }
}
