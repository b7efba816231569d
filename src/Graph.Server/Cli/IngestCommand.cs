using Graph.Extraction;
using Graph.Server.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Graph.Server.Cli;

/// <summary>
/// <c>ingest FILES-OR-FOLDERS [--db PATH]</c>: each document is extracted and committed on its own, so one bad file
/// is reported and skipped without touching the store, and the others still land. A file larger than
/// <see cref="IngestionOptions.MaxFileBytes"/> is rejected unread; a document that takes longer than
/// <see cref="IngestionOptions.FileTimeout"/> is rejected and nothing of it is written.
/// </summary>
internal static class IngestCommand
{
    public static async Task<int> RunAsync(ToolContext context)
    {
        if (context.Positional.Count == 0)
        {
            throw new UsageException("ingest needs at least one file or folder.");
        }

        var files = DocumentFiles.Expand(context.Positional);
        await context.OpenStoreAsync(CancellationToken.None).ConfigureAwait(false);
        var ingestor = context.Services.GetRequiredService<DocumentIngestor>();
        var limits = context.Services.GetRequiredService<IOptions<IngestionOptions>>().Value;
        var failures = 0;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var lines = new List<string>();
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Ingesting {files.Count} document(s)", maxValue: Math.Max(files.Count, 1));
                foreach (var file in files)
                {
                    var line = await IngestFileAsync(ingestor, file, limits).ConfigureAwait(false);
                    lines.Add(line);
                    failures += line.StartsWith(Rejected, StringComparison.Ordinal) ? 1 : 0;

                    task.Increment(1);
                }
            }).ConfigureAwait(false);

        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }

        Console.WriteLine($"{files.Count - failures} ingested, {failures} rejected, store {context.StoreDescription}");
        return failures == 0 ? 0 : 1;
    }

    private const string Rejected = "rejected  ";

    private static async Task<string> IngestFileAsync(DocumentIngestor ingestor, string file, IngestionOptions limits)
    {
        var size = new FileInfo(file).Length;
        if (size > limits.MaxFileBytes)
        {
            return $"{Rejected}{file}: {size} bytes, more than Graph:Ingestion:MaxFileBytes ({limits.MaxFileBytes}); nothing of it was written";
        }

        using var budget = new CancellationTokenSource(limits.FileTimeout);
        try
        {
            var outcome = await ingestor.IngestAsync(DocumentLoader.Load(file), budget.Token).ConfigureAwait(false);
            return Describe(file, outcome);
        }
        catch (DocumentRejectedException exception)
        {
            return $"{Rejected}{file}: {exception.Message}";
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            return $"{Rejected}{file}: not done within Graph:Ingestion:FileTimeout ({limits.FileTimeout}); nothing of it was written";
        }
    }

    private static string Describe(string file, IngestionOutcome outcome)
    {
        var result = outcome.Result;
        return result.DocumentAlreadyKnown && result.CreatedEntities.Count == 0 && result.UpdatedEntities.Count == 0
            ? $"unchanged {file} (already ingested)"
            : $"ingested  {file}{(result.DocumentsReplaced > 0 ? " (replacing its earlier version)" : string.Empty)}: {outcome.EntitiesFound} entities ({result.CreatedEntities.Count} new, {result.UpdatedEntities.Count} updated), " +
              $"{result.RelationsCreated} new relations, {outcome.ObservationsFound} observations ({result.ObservationsCreated} new)";
    }
}
