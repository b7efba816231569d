using Graph.Extraction;
using Graph.Server.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Graph.Server.Cli;

/// <summary>
/// <c>ingest FILES-OR-FOLDERS [--db PATH]</c>: each document is extracted and committed on its own, so one bad file
/// is reported and skipped without touching the store, and the others still land.
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
                    try
                    {
                        var outcome = await ingestor.IngestAsync(DocumentLoader.Load(file), CancellationToken.None).ConfigureAwait(false);
                        lines.Add(Describe(file, outcome));
                    }
                    catch (DocumentRejectedException exception)
                    {
                        failures++;
                        lines.Add($"rejected  {file}: {exception.Message}");
                    }

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

    private static string Describe(string file, IngestionOutcome outcome)
    {
        var result = outcome.Result;
        return result.DocumentAlreadyKnown && result.CreatedEntities.Count == 0 && result.UpdatedEntities.Count == 0
            ? $"unchanged {file} (already ingested)"
            : $"ingested  {file}{(result.DocumentsReplaced > 0 ? " (replacing its earlier version)" : string.Empty)}: {outcome.EntitiesFound} entities ({result.CreatedEntities.Count} new, {result.UpdatedEntities.Count} updated), " +
              $"{result.RelationsCreated} new relations, {outcome.ObservationsFound} observations ({result.ObservationsCreated} new)";
    }
}
