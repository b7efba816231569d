using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Sqlite.Connections;
using Graph.Storage.Sqlite.Tests.Support;
using Xunit;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>
/// The writer's PRAGMAs are issued only when a transaction needs another mode than the last one left, so the mode each kind of
/// batch runs in must hold whatever ran before it: plain upserts without SQLite's foreign-key look-ups, replacements with
/// them, a bulk batch's large cache given back afterwards.
/// </summary>
public sealed class SqliteWriterModeTests : IDisposable
{
    private const long NormalCache = 32 * 1024;

    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Each_batch_leaves_the_writer_in_the_mode_it_ran_in_and_a_replacement_after_plain_upserts_checks_foreign_keys()
    {
        await using var store = _database.CreateStore();
        await store.InitializeAsync();
        Assert.Equal(new WriterMode(NormalCache, ForeignKeys: true), await store.ReadWriterModeAsync());

        await store.UpsertAsync(SampleGraph.Batch);
        await store.UpsertAsync(SampleGraph.Batch);
        Assert.Equal(new WriterMode(NormalCache, ForeignKeys: false), await store.ReadWriterModeAsync());

        await store.ReplaceDocumentAsync(SampleGraph.Batch);
        Assert.Equal(new WriterMode(NormalCache, ForeignKeys: true), await store.ReadWriterModeAsync());

        await store.UpsertAsync(SampleGraph.Batch);
        Assert.Equal(new WriterMode(NormalCache, ForeignKeys: false), await store.ReadWriterModeAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_bulk_batch_gives_its_cache_back(bool replacement)
    {
        var options = _database.Options;
        options.BulkBatchRows = 1;
        await using var store = new SqliteGraphStore(options);
        await store.InitializeAsync();

        _ = replacement ? await store.ReplaceDocumentAsync(SampleGraph.Batch) : await store.UpsertAsync(SampleGraph.Batch);

        Assert.Equal(new WriterMode(NormalCache, ForeignKeys: false), await store.ReadWriterModeAsync());
    }

    [Fact]
    public async Task The_configured_writer_cache_is_the_one_the_writer_runs_with()
    {
        var options = _database.Options;
        options.WriterCacheSizeMegabytes = 4;
        await using var store = new SqliteGraphStore(options);
        await store.InitializeAsync();

        Assert.Equal(new WriterMode(4 * 1024, ForeignKeys: true), await store.ReadWriterModeAsync());
        await store.UpsertAsync(SampleGraph.Batch);
        Assert.Equal(new WriterMode(4 * 1024, ForeignKeys: false), await store.ReadWriterModeAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_failed_batch_leaves_a_mode_the_next_batch_still_sets_right(bool bulk)
    {
        var options = _database.Options;
        options.BulkBatchRows = bulk ? 1 : options.BulkBatchRows;
        await using var store = new SqliteGraphStore(options);
        await store.InitializeAsync();
        var dangling = Relation.Create(RelationType.PartOf, SampleGraph.Dalian.Id, new EntityId("place_0000000000000000"));
        var broken = SampleGraph.Batch with { Relations = [.. SampleGraph.Relations, dangling] };

        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.UpsertAsync(broken));
        Assert.Equal(new WriterMode(NormalCache, ForeignKeys: false), await store.ReadWriterModeAsync());

        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.ReplaceDocumentAsync(broken));
        await store.ReplaceDocumentAsync(SampleGraph.Batch);
        Assert.Equal(new WriterMode(NormalCache, ForeignKeys: !bulk), await store.ReadWriterModeAsync());
        Assert.Equal(SampleGraph.Entities.Count, (await store.GetStatisticsAsync()).Entities);
    }
}
