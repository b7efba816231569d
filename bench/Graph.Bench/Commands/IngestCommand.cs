using System.Diagnostics;
using System.Globalization;
using System.Text;
using Graph.Bench.Measure;
using Graph.Extraction;
using Graph.Extraction.Tests.Support;
using Graph.Storage.Sqlite;
using JiebaNet.Segmenter;

namespace Graph.Bench.Commands;

/// <summary>
/// Ingestion throughput on a corpus of varied copies of the sample newsletter: extraction alone, jieba.NET segmentation
/// of the same text (the ratio floor), extraction on every core, and full ingestion (extract + one store transaction per
/// document) into a fresh store. Every figure is UTF-8 megabytes of newsletter text per second.
/// </summary>
internal static class IngestCommand
{
    public static async Task RunAsync(BenchArguments arguments)
    {
        var copies = arguments.Int("copies", 200);
        var rounds = arguments.Int("rounds", 3);
        // --db keeps the ingested store at that path (it must not exist yet, nor its WAL), so a change of the write path can
        // be checked for equal stored content; without it the store goes to a temporary folder that is deleted afterwards.
        // Checked before the minutes of extraction rounds, not after them.
        var kept = arguments.Optional("db");
        if (kept is not null && (File.Exists(kept) || File.Exists(kept + "-wal")))
        {
            throw new ArgumentException($"--db {kept}: the file (or its -wal) exists; the ingestion needs a fresh store.");
        }
        var documents = NewsletterCorpus.Build(arguments.Optional("newsletter") ?? NewsletterCorpus.FindNewsletter(), copies);
        var megabytes = documents.Sum(d => Encoding.UTF8.GetByteCount(d.Text)) / 1e6;
        var distinct = documents.Select(d => d.Text).Distinct(StringComparer.Ordinal).Count();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"corpus: {copies} documents ({distinct} distinct texts), {megabytes:F2} MB of UTF-8 text, {Environment.ProcessorCount} cores"));

        var extractor = DocumentExtractorFactory.Create();
        var segmenter = new JiebaSegmenter();
        extractor.Extract(new SourceDocument(documents[0].Name, documents[0].Text));
        _ = segmenter.Cut(documents[0].Text).Count();

        // Side by side, alternating, best of the rounds for each, so both see the same machine. Seconds of CPU as well as of
        // wall time: other work on the machine stretches the wall clock, the CPU time is what the work itself cost a core.
        var extraction = (Wall: double.MaxValue, Cpu: double.MaxValue);
        var segmentation = (Wall: double.MaxValue, Cpu: double.MaxValue);
        // --ingestion-only skips the side-by-side rounds (a quicker before/after of the write path); the table then has no
        // extraction rows.
        var ingestionOnly = arguments.Flag("ingestion-only");
        for (var round = 0; round < (ingestionOnly ? 0 : rounds); round++)
        {
            extraction = Best(extraction, Time(() => documents.ForEach(d => extractor.Extract(new SourceDocument(d.Name, d.Text)))));
            segmentation = Best(segmentation, Time(() => documents.ForEach(d => _ = segmenter.Cut(d.Text).Count())));
        }

        var parallel = ingestionOnly
            ? (Wall: double.NaN, Cpu: double.NaN)
            : Time(() => Parallel.ForEach(documents, d => extractor.Extract(new SourceDocument(d.Name, d.Text))));
        var folder = Path.Combine(Path.GetTempPath(), "graph-bench-ingest", Guid.NewGuid().ToString("N"));
        (double Wall, double Cpu) ingestion;
        var (extractWall, upsertWall, extractCpu, upsertCpu) = (TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        var rows = new long[4];
        var store = SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { DatabasePath = kept ?? Path.Combine(folder, "graph.db") });
        await using (store as IAsyncDisposable)
        {
            await store.InitializeAsync().ConfigureAwait(false);
            var watch = Stopwatch.StartNew();
            var cpu = CpuSeconds();
            foreach (var (name, text) in documents)
            {
                var (started, startedCpu) = (watch.Elapsed, ThreadCpuClock.Now());
                var batch = extractor.Extract(new SourceDocument(name, text));
                var (extracted, extractedCpu) = (watch.Elapsed, ThreadCpuClock.Now());
                await store.UpsertAsync(batch).ConfigureAwait(false);
                extractWall += extracted - started;
                upsertWall += watch.Elapsed - extracted;
                extractCpu += extractedCpu - startedCpu;
                upsertCpu += ThreadCpuClock.Now() - extractedCpu;
                rows[0] += batch.Entities.Count;
                rows[1] += batch.Relations.Count;
                rows[2] += batch.Observations.Count;
                rows[3] += batch.Mentions.Count;
            }

            ingestion = (watch.Elapsed.TotalSeconds, CpuSeconds() - cpu);
        }

        if (kept is null)
        {
            Directory.Delete(folder, recursive: true);
        }

        Console.WriteLine("| measure | MB/s (wall) | MB per CPU-second |\n|---|---:|---:|");
        Row("extraction, 1 thread", megabytes, extraction);
        Row("jieba.NET Cut (segmentation only), 1 thread", megabytes, segmentation);
        Row($"extraction, {Environment.ProcessorCount} threads (total)", megabytes, parallel);
        Row("ingestion (extract + upsert, one transaction per document), 1 thread", megabytes, ingestion);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"ingestion split: extract {extractWall.TotalSeconds:F2} s wall, {extractCpu.TotalSeconds:F2} s on the thread's CPU; " +
            $"upsert {upsertWall.TotalSeconds:F2} s wall, {upsertCpu.TotalSeconds:F2} s on the thread's CPU; " +
            $"per document {rows[0] / documents.Count} entities, {rows[1] / documents.Count} relations, " +
            $"{rows[2] / documents.Count} figures, {rows[3] / documents.Count} mentions"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"ratio extraction / segmentation: {segmentation.Wall / extraction.Wall:P0} by wall time, " +
            $"{segmentation.Cpu / extraction.Cpu:P0} by CPU time (floor 25%)"));
    }

    private static (double Wall, double Cpu) Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        var cpu = CpuSeconds();
        action();
        return (watch.Elapsed.TotalSeconds, CpuSeconds() - cpu);
    }

    private static (double Wall, double Cpu) Best((double Wall, double Cpu) a, (double Wall, double Cpu) b) =>
        (Math.Min(a.Wall, b.Wall), Math.Min(a.Cpu, b.Cpu));

    private static double CpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    private static void Row(string name, double megabytes, (double Wall, double Cpu) seconds) =>
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"| {name} | {megabytes / seconds.Wall:F2} | {megabytes / seconds.Cpu:F2} |"));
}
