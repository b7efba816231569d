using System.Globalization;
using System.Text;

namespace Graph.Extraction.Evaluation;

/// <summary>The evaluations of a set of documents and their micro-averaged total (every fact of every document counts once).</summary>
public sealed class EvaluationReport(IReadOnlyList<DocumentEvaluation> documents, IReadOnlyList<string> skipped)
{
    public IReadOnlyList<DocumentEvaluation> Documents { get; } = documents;

    /// <summary>Documents of the folder that have no gold file, by name.</summary>
    public IReadOnlyList<string> Skipped { get; } = skipped;

    public ScoreSheet Total { get; } = Sum(documents);

    /// <summary>The report as the <c>eval</c> verb prints it: per document the table, the misses and the false positives, then the total.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        foreach (var document in Documents)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"== {document.Document}");
            Table(text, document.Scores);
            List(text, "misses", document.Misses);
            List(text, "false positives", document.FalsePositives);
            text.AppendLine();
        }

        foreach (var name in Skipped)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"skipped {name}: no gold file");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"== all {Documents.Count} document(s)");
        Table(text, Total);
        return text.ToString();
    }

    /// <summary>
    /// One line of micro-averaged P/R/F1 per group of documents whose names share a leading prefix of letters before a digit
    /// (a01-…, a02-… are group a), then the total: how the corpus's genres compare.
    /// </summary>
    public string FormatGroups()
    {
        var text = new StringBuilder();
        text.AppendLine("group    docs   entities P/R/F1        relations P/R/F1       observations P/R/F1");
        foreach (var group in Documents.GroupBy(d => GroupOf(d.Document)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Summary(text, group.Key, group.Count(), Sum([.. group]));
        }

        Summary(text, "all", Documents.Count, Total);
        return text.ToString();
    }

    private static string GroupOf(string name)
    {
        var letters = name.TakeWhile(char.IsAsciiLetterLower).Count();
        return letters > 0 && letters < name.Length && char.IsAsciiDigit(name[letters]) ? name[..letters] : name;
    }

    private static void Summary(StringBuilder text, string label, int count, ScoreSheet sheet) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{label,-8}{count,4}   {Triple(sheet.Entities)}   {Triple(sheet.Relations)}   {Triple(sheet.Observations)}");

    private static string Triple(Score score) => string.Create(CultureInfo.InvariantCulture, $"{score.Precision:F2}/{score.Recall:F2}/{score.F1:F2}      ");

    private static void Table(StringBuilder text, ScoreSheet sheet)
    {
        text.AppendLine("                          precision  recall     F1    tp   fp   fn");
        Row(text, "entities", sheet.Entities);
        foreach (var (kind, score) in sheet.EntitiesByKind)
        {
            Row(text, "  " + kind, score);
        }

        Row(text, "relations", sheet.Relations);
        foreach (var (type, score) in sheet.RelationsByType)
        {
            Row(text, "  " + type, score);
        }

        Row(text, "observations", sheet.Observations);
        Row(text, "  with indicator name", sheet.NamedObservations);
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  of {sheet.Observations.TruePositives} matched: indicator agrees on {sheet.IndicatorAgreements}, yoy on {sheet.YoyAgreements}, target flag on {sheet.TargetAgreements}");
    }

    private static void Row(StringBuilder text, string label, Score score) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{label,-26}{score.Precision,9:F3}{score.Recall,8:F3}{score.F1,7:F3}{score.TruePositives,6}{score.FalsePositives,5}{score.FalseNegatives,5}");

    private static void List(StringBuilder text, string title, IReadOnlyList<string> lines)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"{title} ({lines.Count}):");
        foreach (var line in lines)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {line}");
        }
    }

    private static ScoreSheet Sum(IReadOnlyList<DocumentEvaluation> documents)
    {
        var total = new ScoreSheet();
        foreach (var document in documents)
        {
            total.AddAll(document.Scores);
        }

        return total;
    }
}
