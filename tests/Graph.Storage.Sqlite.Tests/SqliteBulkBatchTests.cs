using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Sqlite.Tests.Support;
using Xunit;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>
/// A batch above <see cref="SqliteGraphStoreOptions.BulkBatchRows"/> runs with a large cache and without SQLite's per-row
/// foreign-key checks; it must store exactly what a small batch stores and reject exactly what a small batch rejects.
/// </summary>
public sealed class SqliteBulkBatchTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_bulk_batch_is_stored_and_indexed_like_any_other()
    {
        await using var store = BulkStore();
        await store.InitializeAsync();

        var result = await store.UpsertAsync(SampleGraph.Batch);

        Assert.Equal(SampleGraph.Entities.Count, result.CreatedEntities.Count);
        Assert.Equal(SampleGraph.Relations.Count, result.RelationsCreated);
        Assert.Contains((await store.SearchAsync(new SearchQuery("大连", 10))).Items, h => h.Node.Entity.Id == SampleGraph.Dalian.Id);
        Assert.Equal(SampleGraph.Mentions.Count, (await store.GetStatisticsAsync()).Mentions);
    }

    [Fact]
    public async Task A_bulk_batch_with_a_dangling_reference_writes_nothing_and_later_batches_are_still_checked()
    {
        await using var store = BulkStore();
        await store.InitializeAsync();
        var dangling = Relation.Create(RelationType.PartOf, SampleGraph.Dalian.Id, new EntityId("place_0000000000000000"));

        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => store.UpsertAsync(SampleGraph.Batch with { Relations = [.. SampleGraph.Relations, dangling] }));
        await store.UpsertAsync(SampleGraph.Batch);
        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => store.UpsertAsync(
                new GraphBatch(SampleGraph.Batch.Document with { Hash = new string('a', 64) }, [], [dangling], [], [])));

        Assert.Equal(SampleGraph.Entities.Count, (await store.GetStatisticsAsync()).Entities);
        Assert.Equal(1L, await RawSqlite.ScalarAsync(_database.FilePath, "SELECT count(*) FROM documents"));
    }

    // Every batch counts as bulk.
    private SqliteGraphStore BulkStore()
    {
        var options = _database.Options;
        options.BulkBatchRows = 0;
        return new SqliteGraphStore(options);
    }
}
