using Graph.Extraction;
using Graph.GraphQL.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Graph.Server.Cli;

/// <summary>
/// <c>ingest FILES-OR-FOLDERS [--published YYYY-MM-DD] [--db PATH]</c>: each document is extracted and committed on its own,
/// so one bad file is reported and skipped without touching the store, and the others still land. --published dates every
/// document of the run (otherwise each is dated by its own header, footer or dateline, else its file name); figures whose
/// year still cannot be resolved are kept with their period as written, and counted. A file larger than
/// <see cref="IngestionOptions.MaxFileBytes"/> is rejected unread; a document that takes longer than
/// <see cref="IngestionOptions.FileTimeout"/> is rejected and nothing of it is written.
/// </summary>
internal static class IngestCommand
{
    private const string Rejected = "rejected  ";

    public static async Task<int> RunAsync(ToolContext context)
    {
        if (context.Positional.Count == 0)
        {
            throw new UsageException("ingest needs at least one file or folder.");
        }

        var published = PublishedOption(context);
        var files = DocumentFiles.Expand(context.Positional);
        await context.OpenStoreAsync(CancellationToken.None).ConfigureAwait(false);
        var ingestor = context.Services.GetRequiredService<DocumentIngestor>();
        var limits = context.Services.GetRequiredService<IOptions<IngestionOptions>>().Value;
        var failures = 0;
        var unresolved = 0;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var lines = new List<string>();
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Ingesting {files.Count} document(s)", maxValue: Math.Max(files.Count, 1));
                foreach (var file in files)
                {
                    var (line, outcome) = await IngestFileAsync(ingestor, file, published, limits).ConfigureAwait(false);
                    lines.Add(line);
                    failures += outcome is null ? 1 : 0;
                    unresolved += outcome?.UnresolvedFound ?? 0;
                    task.Increment(1);
                }
            }).ConfigureAwait(false);

        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }

        Console.WriteLine($"{files.Count - failures} ingested, {failures} rejected, {unresolved} figure(s) with an unresolved period, store {context.StoreDescription}");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>The line to print, and the outcome (null when the file was rejected and nothing of it written).</summary>
    private static async Task<(string Line, IngestionOutcome? Outcome)> IngestFileAsync(
        DocumentIngestor ingestor, string file, DateOnly? published, IngestionOptions limits)
    {
        var size = new FileInfo(file).Length;
        if (size > limits.MaxFileBytes)
        {
            return ($"{Rejected}{file}: {size} bytes, more than Graph:Ingestion:MaxFileBytes ({limits.MaxFileBytes}); nothing of it was written", null);
        }

        using var budget = new CancellationTokenSource(limits.FileTimeout);
        try
        {
            var document = DocumentLoader.Load(file);
            var outcome = await ingestor.IngestAsync(published is null ? document : document with { PublishedAt = published }, budget.Token)
                .ConfigureAwait(false);
            return (Describe(file, outcome), outcome);
        }
        catch (DocumentRejectedException exception)
        {
            return ($"{Rejected}{file}: {exception.Message}", null);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            return ($"{Rejected}{file}: not done within Graph:Ingestion:FileTimeout ({limits.FileTimeout}); nothing of it was written", null);
        }
    }

    private static string Describe(string file, IngestionOutcome outcome)
    {
        var result = outcome.Result;
        return result.DocumentAlreadyKnown && result.CreatedEntities.Count == 0 && result.UpdatedEntities.Count == 0
            ? $"unchanged {file} (already ingested)"
            : $"ingested  {file}{(result.DocumentsReplaced > 0 ? " (replacing its earlier version)" : string.Empty)}: {outcome.EntitiesFound} entities ({result.CreatedEntities.Count} new, {result.UpdatedEntities.Count} updated), " +
              $"{result.RelationsCreated} new relations, {outcome.ObservationsFound} observations ({result.ObservationsCreated} new" +
              $"{(outcome.UnresolvedFound > 0 ? $", {outcome.UnresolvedFound} with an unresolved period" : string.Empty)})" +
              $"{(outcome.Document.PublishedAt is { } date ? $", dated {date:yyyy-MM-dd}" : ", undated")}";
    }

    /// <summary>--published YYYY-MM-DD: the publication date of every document in the run.</summary>
    private static DateOnly? PublishedOption(ToolContext context)
    {
        if (!context.Options.TryGetValue("published", out var text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"--published needs a date as YYYY-MM-DD, not '{text}'.");
    }
}
