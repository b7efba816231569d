using System.Globalization;
using Graph.Extraction;
using Graph.Extraction.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Cli;

/// <summary>
/// <c>eval FOLDER [--gold FOLDER] [--group-by prefix] [--speed RUNS]</c>: runs the extraction pipeline over each document of the
/// folder that has a gold file (<c>x.txt</c> beside <c>x.gold.json</c>, or in the --gold folder) and prints precision, recall and
/// F1 per entity kind, per relation type and for observations, with the misses and false positives, per document and in total;
/// --group-by prefix adds a total per name prefix (a01-…, a02-… are group a). Touches no store. With --speed, also
/// times each document repeated to a megabyte (median of RUNS runs; build with -c Release for numbers worth quoting).
/// </summary>
internal static class EvalCommand
{
    public static Task<int> RunAsync(ToolContext context)
    {
        if (context.Positional.Count != 1)
        {
            throw new UsageException("eval needs one folder of documents and their .gold.json files.");
        }

        var folder = context.Positional[0];
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"No such folder: {folder}");
        }

        var gold = context.Options.GetValueOrDefault("gold");
        if (gold is not null && !Directory.Exists(gold))
        {
            throw new UsageException($"No such gold folder: {gold}");
        }

        var extractor = context.Services.GetRequiredService<IDocumentExtractor>();
        EvaluationReport report;
        try
        {
            report = EvalRunner.Run(folder, gold, extractor);
        }
        catch (Exception exception) when (exception is DocumentRejectedException or InvalidDataException)
        {
            Console.Error.WriteLine($"error: {exception.Message}");
            return Task.FromResult(1);
        }

        Console.Write(report.Format());
        if (context.Options.TryGetValue("group-by", out var grouping))
        {
            if (grouping != "prefix")
            {
                throw new UsageException("--group-by takes 'prefix' (documents named a01-…, a02-… form group a).");
            }

            Console.WriteLine();
            Console.Write(report.FormatGroups());
        }
        if (context.Options.TryGetValue("speed", out var runsText))
        {
            if (!int.TryParse(runsText, NumberStyles.None, CultureInfo.InvariantCulture, out var runs) || runs < 1)
            {
                throw new UsageException("--speed needs a number of runs (1 or more).");
            }

            foreach (var path in EvalRunner.Documents(folder))
            {
                var (rate, bytes) = ThroughputProbe.Measure(DocumentLoader.Load(path), extractor, runs);
                Console.WriteLine(FormattableString.Invariant($"speed {Path.GetFileName(path)}: {rate:F2} MB/s (median of {runs} runs over {bytes / 1e6:F2} MB)"));
            }
        }

        return Task.FromResult(report.Documents.Count > 0 ? 0 : 1);
    }
}
