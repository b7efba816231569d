using Graph.Analytics;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Sqlite.Tests.Support;
using Xunit;

namespace Graph.Storage.Sqlite.Tests;

public sealed class SqliteGraphStoreConcurrencyTests : IDisposable
{
    private const int Writers = 8;
    private const int BatchesPerWriter = 5;

    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Batches_written_from_many_tasks_at_once_all_commit()
    {
        await using var store = _database.CreateStore();
        await store.InitializeAsync();
        await store.UpsertAsync(SampleGraph.Batch);

        var results = await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            var created = 0;
            for (var i = 0; i < BatchesPerWriter; i++)
            {
                created += (await store.UpsertAsync(CompanyBatch(writer, i))).CreatedEntities.Count;
            }

            return created;
        })));

        Assert.Equal(Writers * BatchesPerWriter, results.Sum());
        var statistics = await store.GetStatisticsAsync();
        Assert.Equal(Writers * BatchesPerWriter, statistics.EntitiesByKind[EntityKind.Company] - 1);
        Assert.Equal(1 + (Writers * BatchesPerWriter), statistics.Documents);
    }

    [Fact]
    public async Task Two_stores_on_one_file_wait_for_each_other_instead_of_failing_busy()
    {
        await using var first = _database.CreateStore();
        await using var second = _database.CreateStore();
        await first.InitializeAsync();
        await second.InitializeAsync();
        await first.UpsertAsync(SampleGraph.Batch);

        await Task.WhenAll(
            Task.Run(async () => { for (var i = 0; i < BatchesPerWriter * 2; i++) { await first.UpsertAsync(CompanyBatch(0, i)); } }),
            Task.Run(async () => { for (var i = 0; i < BatchesPerWriter * 2; i++) { await second.UpsertAsync(CompanyBatch(1, i)); } }));

        Assert.Equal(1 + (4 * BatchesPerWriter), (await second.GetStatisticsAsync()).Documents);
    }

    [Fact]
    public async Task Readers_keep_answering_while_batches_are_written()
    {
        await using var store = _database.CreateStore();
        await store.InitializeAsync();
        await store.UpsertAsync(SampleGraph.Batch);
        using var stop = new CancellationTokenSource();

        var writing = Task.Run(async () =>
        {
            for (var i = 0; i < BatchesPerWriter * 4; i++)
            {
                await store.UpsertAsync(CompanyBatch(2, i));
            }
        });
        var reads = 0;
        while (!writing.IsCompleted)
        {
            var hood = await new GraphAnalytics(store, new AnalyticsOptions()).NeighborhoodAsync(new NeighborhoodQuery(SampleGraph.Shenyang.Id, 1, 100));
            Assert.Equal(2, hood.Nodes.Count);
            // WAL readers neither block on nor fail with SQLITE_BUSY from the writer; each sees a committed snapshot.
            var companies = await store.ListEntitiesAsync(new EntityListQuery(EntityKind.Company, 1000, LocatedIn: SampleGraph.Dalian.Id));
            var statistics = await store.GetStatisticsAsync();
            Assert.True(companies.Items.Count <= statistics.EntitiesByKind[EntityKind.Company]);
            reads++;
        }

        await writing;
        Assert.True(reads > 0);
        Assert.Equal(1 + (BatchesPerWriter * 4), (await store.GetStatisticsAsync()).EntitiesByKind[EntityKind.Company]);
    }

    // Each batch: a new company in 大连市, from its own document.
    private static GraphBatch CompanyBatch(int writer, int index)
    {
        var text = $"大连第{writer}-{index}号软件公司落户高新区。";
        var company = Entity.Create(EntityKind.Company, $"大连第{writer}-{index}号软件公司");
        return new GraphBatch(
            new DocumentInfo(StableIds.DocumentHash(text), $"{writer}-{index}.txt", null, null, null, text.Length),
            [company, SampleGraph.Dalian],
            [Relation.Create(RelationType.LocatedIn, company.Id, SampleGraph.Dalian.Id)],
            [],
            [new Mention(company.Id.Value, SampleGraph.Article.Id, StableIds.DocumentHash(text), new TextSpan(0, 10))]);
    }
}
