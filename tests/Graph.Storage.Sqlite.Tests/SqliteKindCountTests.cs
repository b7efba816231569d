using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Sqlite.Tests.Support;
using Xunit;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>
/// The count of a kind (one row of entity_counts) is kept by the writes themselves since schema version 8: a batch adds its
/// new entities per kind, a retraction subtracts the entities it deletes. Whatever the path, it must equal the rows.
/// </summary>
public sealed class SqliteKindCountTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Small_and_bulk_batches_count_each_kind_exactly(bool bulk)
    {
        await using var store = Store(bulk);
        await store.InitializeAsync();

        await store.UpsertAsync(SampleGraph.Batch);
        await store.UpsertAsync(SampleGraph.Batch);
        await store.UpsertAsync(new GraphBatch(
            SampleGraph.Batch.Document with { Hash = new string('b', 64), Name = "more.txt" },
            [SampleGraph.China, Entity.Create(EntityKind.Place, "鞍山市", subtype: "city")],
            [],
            [],
            []));

        Assert.Equal(SampleGraph.Entities.Count(e => e.Kind == EntityKind.Place) + 1, await store.CountEntitiesAsync(new EntityListQuery(EntityKind.Place, 1)));
        await AssertCountsEqualRowsAsync(store);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Replacing_a_document_subtracts_the_entities_it_retracts(bool bulk)
    {
        await using var store = Store(bulk);
        await store.InitializeAsync();
        await store.ReplaceDocumentAsync(SampleGraph.Batch);

        var kept = SampleGraph.Entities.Where(e => e.Kind == EntityKind.Place).ToList();
        await store.ReplaceDocumentAsync(new GraphBatch(
            SampleGraph.Batch.Document with { Hash = new string('c', 64) }, kept, [], [], []));

        // The retraction deleted some entities (those only the first version supported) and kept every place.
        Assert.InRange((await store.GetStatisticsAsync()).Entities, kept.Count, SampleGraph.Entities.Count - 1);
        Assert.Equal(kept.Count, await store.CountEntitiesAsync(new EntityListQuery(EntityKind.Place, 1)));
        await AssertCountsEqualRowsAsync(store);
    }

    private async Task AssertCountsEqualRowsAsync(SqliteGraphStore store)
    {
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            var rows = (long)(await RawSqlite.ScalarAsync(_database.FilePath, $"SELECT count(*) FROM entities WHERE kind = '{kind}'"))!;
            Assert.Equal(rows, await store.CountEntitiesAsync(new EntityListQuery(kind, 1)));
        }
    }

    // BulkBatchRows 0: every batch takes the bulk path (large cache, deferred indexes).
    private SqliteGraphStore Store(bool bulk)
    {
        var options = _database.Options;
        if (bulk)
        {
            options.BulkBatchRows = 0;
        }

        return new SqliteGraphStore(options);
    }
}
