using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Sqlite.Tests.Support;
using Xunit;

namespace Graph.Storage.Sqlite.Tests;

public sealed class SqliteGraphStoreAtomicityTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_batch_cancelled_after_its_first_rows_were_written_leaves_nothing_behind()
    {
        using var cancellation = new CancellationTokenSource();
        // The store reads the clock when it records the document, its first write; cancelling there stops it half-way.
        await using var store = _database.CreateStore(new CancellingClock(cancellation));
        await store.InitializeAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.UpsertAsync(SampleGraph.Batch, cancellation.Token));

        Assert.Empty(await store.GetDocumentsAsync([SampleDocument.Hash]));
        Assert.Equal(0, (await store.GetStatisticsAsync()).Entities);
        Assert.Equal(0L, await RawSqlite.ScalarAsync(_database.FilePath, "SELECT count(*) FROM search_grams"));
        var retried = await store.UpsertAsync(SampleGraph.Batch);
        Assert.False(retried.DocumentAlreadyKnown);
        Assert.Equal(SampleGraph.Entities.Count, retried.CreatedEntities.Count);
    }

    [Fact]
    public async Task A_rejected_batch_leaves_the_search_index_untouched()
    {
        await using var store = _database.CreateStore();
        await store.InitializeAsync();
        var dangling = Relation.Create(RelationType.PartOf, SampleGraph.Dalian.Id, new EntityId("place_0000000000000000"));
        var batch = SampleGraph.Batch with { Relations = [.. SampleGraph.Relations, dangling] };

        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.UpsertAsync(batch));

        Assert.Equal(0L, await RawSqlite.ScalarAsync(_database.FilePath, "SELECT count(*) FROM search_grams"));
        Assert.Empty((await store.SearchAsync(new SearchQuery("大连", 10))).Items);
    }

    private sealed class CancellingClock(CancellationTokenSource cancellation) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow()
        {
            cancellation.Cancel();
            return base.GetUtcNow();
        }
    }
}
