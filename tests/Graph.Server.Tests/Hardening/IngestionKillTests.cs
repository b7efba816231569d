using System.Diagnostics;
using Graph.Domain.Store;
using Graph.Server.Tests.Support;
using Graph.Storage.Sqlite;
using Xunit.Abstractions;

namespace Graph.Server.Tests.Hardening;

/// <summary>
/// Ingestion is atomic per document: a child process ingesting a large document is killed with SIGKILL at random
/// points; the store then holds all of the document's facts or none, and ingesting again completes.
/// </summary>
public sealed class IngestionKillTests(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 6;
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task A_killed_ingestion_leaves_all_or_nothing_and_reingesting_completes()
    {
        var document = _directory.File("synthetic-2025-04.txt");
        await File.WriteAllTextAsync(document, SyntheticNewsletter.Create(articles: 2000));
        var empty = await ChecksumAsync(_directory.File("empty.db"));
        var started = Stopwatch.GetTimestamp();
        var reference = await IngestAsync(document, _directory.File("reference.db"));
        var duration = Stopwatch.GetElapsedTime(started);
        output.WriteLine($"full ingestion in a child process: {duration.TotalMilliseconds:F0} ms");

        var random = new Random(20251126);
        var outcomes = new List<string>();
        for (var i = 0; i < Kills; i++)
        {
            var database = _directory.File($"killed-{i}.db");
            // Stratified: the i-th kill lands somewhere in the i-th slice of a full run, so start-up, extraction,
            // the write transaction and the exit all get hit across the kills.
            var slice = duration.TotalMilliseconds / Kills;
            var delay = TimeSpan.FromMilliseconds((i + random.NextDouble()) * slice);
            using (var process = GraphProcess.Start(["ingest", document, "--db", database], _directory.Path))
            {
                await Task.Delay(delay);
                process.Kill();
                await process.WaitForExitAsync();
            }

            var after = await ChecksumAsync(database);
            var outcome = after == empty ? "nothing" : after == reference ? "everything" : "PARTIAL";
            outcomes.Add($"killed after {delay.TotalMilliseconds:F0} ms: {outcome}");
            Assert.True(outcome != "PARTIAL", string.Join("; ", outcomes));
            Assert.Equal(reference, await IngestAsync(document, database));
        }

        output.WriteLine(string.Join(Environment.NewLine, outcomes));
    }

    public void Dispose() => _directory.Dispose();

    private async Task<string> IngestAsync(string document, string database)
    {
        var result = await GraphProcess.RunAsync(["ingest", document, "--db", database], _directory.Path);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        return await ChecksumAsync(database);
    }

    private static async Task<string> ChecksumAsync(string database)
    {
        var store = SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { DatabasePath = database });
        try
        {
            await store.InitializeAsync();
            return await StoreChecksum.ComputeAsync(store);
        }
        finally
        {
            await ((IAsyncDisposable)store).DisposeAsync();
        }
    }
}
