using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Reading_everything_streams_each_table_in_its_documented_order()
    {
        await SeedAsync();

        var entities = await CollectAsync(Store.ReadAllEntitiesAsync());
        var relations = await CollectAsync(Store.ReadAllRelationsAsync());
        var observations = await CollectAsync(Store.ReadAllObservationsAsync());
        var mentions = await CollectAsync(Store.ReadAllMentionsAsync());
        var documents = await CollectAsync(Store.ReadAllDocumentsAsync());

        Assert.Equal(Sorted(Ids(SampleGraph.Entities)), Ids(entities));
        Assert.Equal(Sorted(Ids(SampleGraph.Relations)), Ids(relations));
        Assert.Equal(Sorted(Ids(SampleGraph.Observations)), Ids(observations));
        Assert.Equal(
            SampleGraph.Mentions
                .OrderBy(m => m.TargetId, StringComparer.Ordinal)
                .ThenBy(m => m.DocumentHash, StringComparer.Ordinal)
                .ThenBy(m => m.Span.Start),
            mentions);
        Assert.Equal(SampleDocument.Info, Assert.Single(documents));
        foreach (var entity in entities)
        {
            AssertSameEntity(SampleGraph.Entities.Single(e => e.Id == entity.Id), entity);
        }
    }

    [Fact]
    public async Task Streams_of_an_empty_store_are_empty()
    {
        Assert.Empty(await CollectAsync(Store.ReadAllEntitiesAsync()));
        Assert.Empty(await CollectAsync(Store.ReadAllRelationsAsync()));
        Assert.Empty(await CollectAsync(Store.ReadAllObservationsAsync()));
        Assert.Empty(await CollectAsync(Store.ReadAllMentionsAsync()));
        Assert.Empty(await CollectAsync(Store.ReadAllDocumentsAsync()));
    }

    [Fact]
    public async Task A_stream_stops_when_cancelled_part_way()
    {
        await SeedAsync();
        using var cancellation = new CancellationTokenSource();
        var read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Store.ReadAllEntitiesAsync(cancellation.Token))
            {
                if (++read == 2)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(2, read);
    }
}
