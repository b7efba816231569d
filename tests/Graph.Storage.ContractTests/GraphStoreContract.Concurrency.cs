using Graph.Domain.Model;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

public abstract partial class GraphStoreContract
{
    /// <summary>Ingestions started together; enough of them that on a store without write locks some always overlap.</summary>
    private const int OverlappingIngestions = 6;

    [Fact]
    public async Task Overlapping_ingestions_of_one_entity_keep_the_aliases_and_attributes_of_each_and_create_a_new_one_once()
    {
        // Each ingestion adds its own alias and attribute to the stored 大连市 and brings the same new entity. A store that
        // reads, merges in memory and overwrites without a write lock loses all but the last writer's alias and reports the
        // new entity as created by several ingestions; SQLite serializes writers, Neo4j must lock (or merge on the server).
        await SeedAsync();
        var newcomer = Entity.Create(EntityKind.Company, "大连数据交易中心");
        var batches = Enumerable.Range(0, OverlappingIngestions)
            .Select(i => FollowUp(
                $"并发写入{i}",
                [
                    SampleGraph.Dalian with
                    {
                        Aliases = [$"别名{i}"],
                        Attributes = new Dictionary<string, string> { [$"source{i}"] = $"第{i}篇" },
                    },
                    newcomer,
                ]))
            .ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var ingestions = batches.Select(b => Task.Run(async () =>
        {
            await start.Task;
            return await Store.UpsertAsync(b);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(ingestions);

        var stored = await GetEntityAsync(SampleGraph.Dalian);
        Assert.Equal("大连市", stored.Name);
        Assert.Contains("大连", stored.Aliases);
        Assert.All(Enumerable.Range(0, OverlappingIngestions), i =>
        {
            Assert.Contains($"别名{i}", stored.Aliases);
            Assert.Equal($"第{i}篇", stored.AttributesOrEmpty[$"source{i}"]);
        });
        Assert.Single(results, r => r.CreatedEntities.Contains(newcomer.Id));
        Assert.Equal(OverlappingIngestions, results.Count(r => r.UpdatedEntities.Contains(SampleGraph.Dalian.Id)));
        AssertSameEntity(newcomer, await GetEntityAsync(newcomer));
    }
}
