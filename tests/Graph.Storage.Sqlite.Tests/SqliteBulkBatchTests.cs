using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Sqlite.Sql;
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

    [Fact]
    public async Task A_bulk_batch_into_an_empty_store_builds_the_schema_s_indexes_again_and_they_match_the_rows()
    {
        await using var store = BulkStore();
        await store.InitializeAsync();
        var before = await IndexesAsync();

        await store.UpsertAsync(SampleGraph.Batch);

        // The batch is every row of each table, so each table's indexes were dropped and rebuilt (DeferredIndexes).
        Assert.Equal(before, await IndexesAsync());
        Assert.Equal("ok", await RawSqlite.ScalarAsync(_database.FilePath, "PRAGMA integrity_check"));
        var fromPort = await store.GetRelationsAsync(new RelationQuery([SampleGraph.PortGroup.Id], RelationDirection.Outgoing, 10));
        Assert.Equal(
            SampleGraph.Relations.Where(r => r.From == SampleGraph.PortGroup.Id).Select(r => r.Id.Value).Order(),
            fromPort.Select(r => r.Relation.Id.Value).Order());
    }

    [Fact]
    public async Task A_bulk_batch_cancelled_after_its_indexes_were_dropped_leaves_them_in_place()
    {
        using var cancellation = new CancellationTokenSource();
        var options = _database.Options;
        options.BulkBatchRows = 0;
        // The clock is read when the document is recorded, after the indexes were set aside and before any row went in.
        await using var store = new SqliteGraphStore(options, new CancellingClock(cancellation));
        await store.InitializeAsync();
        var before = await IndexesAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.UpsertAsync(SampleGraph.Batch, cancellation.Token));

        Assert.Equal(before, await IndexesAsync());
        Assert.Equal(0, (await store.GetStatisticsAsync()).Entities);
    }

    // Every batch counts as bulk.
    [Fact]
    public async Task A_declared_unique_index_is_never_deferred_so_a_batch_meets_its_constraint_row_by_row()
    {
        await using (var store = BulkStore())
        {
            await store.InitializeAsync();
        }

        await using var connection = await RawSqlite.OpenAsync(_database.FilePath);
        await RawSqlite.ScalarAsync(connection, "CREATE UNIQUE INDEX relations_unique_probe ON relations (id, type)");
        await using var list = connection.CreateCommand();
        list.CommandText = SqlCatalog.IndexesOfTable;
        list.Parameters.AddWithValue("$table", "relations");
        var deferrable = new List<string>();
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                deferrable.Add(reader.GetString(0));
            }
        }

        Assert.Contains("relations_by_from_id", deferrable);
        Assert.DoesNotContain("relations_unique_probe", deferrable);
    }

    private SqliteGraphStore BulkStore()
    {
        var options = _database.Options;
        options.BulkBatchRows = 0;
        return new SqliteGraphStore(options);
    }

    private async Task<List<string>> IndexesAsync()
    {
        await using var connection = await RawSqlite.OpenAsync(_database.FilePath);
        return await RawSqlite.ColumnAsync(
            connection, "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
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
