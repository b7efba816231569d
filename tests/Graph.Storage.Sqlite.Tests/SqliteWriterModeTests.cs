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
}
