using Graph.Extraction.Evaluation;
using Xunit.Abstractions;

namespace Graph.Extraction.Tests.Evaluation;

/// <summary>How the evaluation tests report: the eval verb's text to the test output and, when asked, to a folder.</summary>
internal static class EvaluationOutput
{
    /// <summary>The report goes to the test output, and to GRAPH_EVAL_OUT/NAME.txt when that folder is set (handy while tuning).</summary>
    public static void Print(ITestOutputHelper output, string name, EvaluationReport report)
    {
        output.WriteLine(report.Format());
        output.WriteLine(report.FormatGroups());
        if (Environment.GetEnvironmentVariable("GRAPH_EVAL_OUT") is { Length: > 0 } folder)
        {
            File.WriteAllText(Path.Combine(folder, name + ".txt"), report.Format() + Environment.NewLine + report.FormatGroups());
        }
    }

    public static void AssertAtLeast(double bar, Score score, string what, EvaluationReport report) =>
        Assert.True(score.F1 >= bar, $"{what} is {score.F1:F3}, below the bar of {bar:F2}.\n{report.FormatGroups()}");
}
