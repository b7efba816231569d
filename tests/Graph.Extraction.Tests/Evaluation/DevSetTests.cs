using Graph.Extraction.Evaluation;
using Graph.Extraction.Tests.Support;
using Xunit.Abstractions;

namespace Graph.Extraction.Tests.Evaluation;

/// <summary>
/// The dev corpus (../shared/corpus/dev: sixteen real documents of the product's genres, each beside its gold), scored by
/// the eval verb's runner under the corpus's own matching rules. Issue 9 asks for entities ≥ 0.85, relations ≥ 0.70 and
/// observations ≥ 0.80. One document of each genre prefix was set aside before rules were written (never read while working,
/// scored apart: the honest estimate for unseen documents); the bars are just under what the extractor reaches on the twelve
/// worked on and on all sixteen, so that no change goes back. Skipped, with the reason, where the shared corpus is absent.
/// </summary>
public sealed class DevSetTests(ITestOutputHelper output)
{
    private static readonly Lazy<EvaluationReport> Dev = new(() => EvalRunner.Run(SharedCorpus.Require("dev")));

    /// <summary>The set-aside four, by their corpus ids (the prefix of their file names).</summary>
    private static readonly string[] SetAside = ["a07-", "b06-", "c05-", "d06-"];

    [SkippableFact]
    public void The_twelve_worked_on_meet_the_issue_s_bars()
    {
        SharedCorpus.Require("dev");
        var twelve = Twelve();
        EvaluationOutput.Print(output, "dev-12", twelve);

        Assert.Equal(12, twelve.Documents.Count);
        EvaluationOutput.AssertAtLeast(0.92, twelve.Total.Entities, "dev-12 entity F1", twelve);
        EvaluationOutput.AssertAtLeast(0.84, twelve.Total.Relations, "dev-12 relation F1", twelve);
        EvaluationOutput.AssertAtLeast(0.92, twelve.Total.Observations, "dev-12 observation F1", twelve);
        // Not one of the issue's bars (figures are scored without their indicator), but what lets one metric form one series.
        EvaluationOutput.AssertAtLeast(0.41, twelve.Total.NamedObservations, "dev-12 observation F1 with indicator names", twelve);
    }

    [SkippableFact]
    public void The_dev_set_meets_its_bars()
    {
        SharedCorpus.Require("dev");
        var report = Dev.Value;

        // Scores only: the set-aside four's misses stay unread, so the output lists misses of the twelve alone.
        output.WriteLine(report.FormatGroups());

        Assert.Equal(16, report.Documents.Count);
        Assert.All(report.Skipped, name => Assert.Equal("README.md", name));
        EvaluationOutput.AssertAtLeast(0.89, report.Total.Entities, "dev entity F1", report);
        EvaluationOutput.AssertAtLeast(0.80, report.Total.Relations, "dev relation F1", report);
        EvaluationOutput.AssertAtLeast(0.82, report.Total.Observations, "dev observation F1", report);
        EvaluationOutput.AssertAtLeast(0.36, report.Total.NamedObservations, "dev observation F1 with indicator names", report);
    }

    private static EvaluationReport Twelve() =>
        new([.. Dev.Value.Documents.Where(d => !SetAside.Any(p => d.Document.StartsWith(p, StringComparison.Ordinal)))], []);

    /// <summary>
    /// No figure is dropped for want of a date: each dev document extracted under its own name (none carries a date) and
    /// under a name carrying one gives the same figures; where the text dates itself, their periods are the same too (the
    /// document's own date wins over its name's).
    /// </summary>
    [SkippableFact]
    public void A_date_in_the_file_name_drops_or_adds_no_figure()
    {
        var extractor = DocumentExtractorFactory.Create();
        foreach (var path in EvalRunner.Documents(SharedCorpus.Require("dev")).Where(p => File.Exists(Path.ChangeExtension(p, null) + GoldAnnotation.FileSuffix)))
        {
            var document = DocumentLoader.Load(path);
            var renamed = document with { Name = Path.GetFileNameWithoutExtension(path) + "-2001-01" + Path.GetExtension(path) };

            var (plainBatch, datedBatch) = (extractor.Extract(document), extractor.Extract(renamed));
            var datesItself = plainBatch.Document.PublishedAt is not null;

            Assert.True(plainBatch.Observations.Count > 0, $"{Path.GetFileName(path)} gave no figures.");
            Assert.True(Figures(plainBatch, datesItself).SequenceEqual(Figures(datedBatch, datesItself)),
                $"{Path.GetFileName(path)}: a date in the name changed its figures.");
        }
    }

    private static List<string> Figures(Domain.Model.GraphBatch batch, bool withPeriods) =>
        [.. batch.Observations
            .Select(o => $"{o.Subject}|{o.Value}|{o.Unit}" + (withPeriods ? $"|{o.PeriodStart:yyyy-MM-dd}|{o.PeriodEnd:yyyy-MM-dd}|{o.UnresolvedPeriod}" : string.Empty))
            .Order(StringComparer.Ordinal)];
}
