using Graph.Bench.Synthetic;
using Graph.Storage.Sqlite;

namespace Graph.Bench;

/// <summary>The verbs of the benchmark tool; see bench/README.md.</summary>
internal static class BenchCommands
{
    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args.Length > 0 ? args[0] : "help";
        var options = new BenchArguments(args.Skip(1));
        switch (verb)
        {
            case "generate":
                await GenerateAsync(options).ConfigureAwait(false);
                return 0;
            case "ratios":
                await Commands.RatiosCommand.RunAsync(options).ConfigureAwait(false);
                return 0;
            case "ingest":
                await Commands.IngestCommand.RunAsync(options).ConfigureAwait(false);
                return 0;
            case "wrk-inputs":
                await Commands.WrkInputsCommand.RunAsync(options).ConfigureAwait(false);
                return 0;
            case "bdn":
                BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(BenchCommands).Assembly).Run(args.Skip(1).ToArray());
                return 0;
            case "plan":
                await Commands.PlanCommand.RunAsync(options).ConfigureAwait(false);
                return 0;
            case "bars":
                await Commands.BarsCommand.RunAsync(options).ConfigureAwait(false);
                return 0;
            default:
                Console.Error.WriteLine("verbs (see bench/README.md): generate, bars, ratios, ingest, wrk-inputs, plan, bdn");
                return 2;
        }
    }

    private static async Task GenerateAsync(BenchArguments options)
    {
        var entities = options.Int("entities", 10_000);
        var seed = options.Int("seed", 42);
        var path = options.String("db", $"bench/data/graph-{entities}.db");
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var graph = EntityGenerator.Generate(entities, seed);
        Console.WriteLine($"generated {graph.Entities.Count:N0} entities in {watch.Elapsed.TotalSeconds:F1} s");
        var sqlite = new SqliteGraphStoreOptions { DatabasePath = path };
        sqlite.BulkCacheSizeMegabytes = options.Int("bulk-cache-mb", sqlite.BulkCacheSizeMegabytes);
        var store = SqliteGraphStoreFactory.Create(sqlite);
        await using (store as IAsyncDisposable)
        {
            await store.InitializeAsync().ConfigureAwait(false);
            var loader = new SyntheticGraphLoader(
                store,
                seed,
                Console.Out,
                options.Int("relations-per-batch", SyntheticGraphLoader.RelationsPerBatch),
                relationsInOneBatch: !options.Flag("relation-batches"));
            var report = await loader.LoadAsync(graph, CancellationToken.None).ConfigureAwait(false);
            Console.WriteLine(
                $"bulk load: {report.Entities:N0} entities, {report.Relations:N0} relations, {report.Observations:N0} observations, " +
                $"{report.Mentions:N0} mentions in {report.TotalSeconds:F1} s");
        }
    }
}
