using Graph.Extraction.Evaluation;
using Graph.Extraction.Tests.Support;
using Xunit.Abstractions;

namespace Graph.Extraction.Tests.Evaluation;

/// <summary>
/// The bars of issue 3, scored by the same runner as the <c>eval</c> verb: the shared sample newsletter against its gold,
/// and the held-out documents (written for this purpose, never tuned against one by one) against theirs.
/// </summary>
public sealed class GoldEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<EvaluationReport> Sample = new(() =>
        EvalRunner.Run(Path.GetDirectoryName(SampleCorpus.Path())!, GoldFolders.Sample));

    private static readonly Lazy<EvaluationReport> Holdout = new(() => EvalRunner.Run(GoldFolders.Holdout));

    [Fact]
    public void The_sample_newsletter_meets_its_bars()
    {
        var report = Sample.Value;
        Print("sample", report);

        Assert.Single(report.Documents);
        AssertAtLeast(0.90, report.Total.Entities, "sample entity F1", report);
        AssertAtLeast(0.90, report.Total.Observations, "sample observation F1", report);
        AssertAtLeast(0.75, report.Total.Relations, "sample relation F1", report);
    }

    [Fact]
    public void The_held_out_documents_together_meet_their_bars()
    {
        var report = Holdout.Value;
        Print("holdout", report);

        Assert.True(report.Documents.Count >= 3, $"Only {report.Documents.Count} held-out documents were scored.");
        Assert.Empty(report.Skipped);
        AssertAtLeast(0.80, report.Total.Entities, "held-out entity F1", report);
        AssertAtLeast(0.80, report.Total.Observations, "held-out observation F1", report);
        AssertAtLeast(0.60, report.Total.Relations, "held-out relation F1", report);
    }

    [Fact]
    public void The_held_out_set_includes_an_html_document()
    {
        Assert.Contains(Holdout.Value.Documents, d => d.Document.EndsWith(".html", StringComparison.Ordinal));
    }

    /// <summary>The report goes to the test output, and to GRAPH_EVAL_OUT/NAME.txt when that folder is set (handy while tuning).</summary>
    private void Print(string name, EvaluationReport report)
    {
        output.WriteLine(report.Format());
        if (Environment.GetEnvironmentVariable("GRAPH_EVAL_OUT") is { Length: > 0 } folder)
        {
            File.WriteAllText(Path.Combine(folder, name + ".txt"), report.Format());
        }
    }

    private static void AssertAtLeast(double bar, Score score, string what, EvaluationReport report) =>
        Assert.True(score.F1 >= bar, $"{what} is {score.F1:F3}, below the bar of {bar:F2}.\n{report.Format()}");
}
