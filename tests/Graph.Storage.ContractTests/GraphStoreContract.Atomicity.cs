using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

public abstract partial class GraphStoreContract
{
    private static readonly Entity Shanghai = Entity.Create(EntityKind.Place, "上海市", ["上海"], "city");

    [Fact]
    public async Task A_relation_to_an_unknown_entity_rejects_the_whole_batch()
    {
        var nowhere = Entity.Create(EntityKind.Place, "不存在的地方");
        var batch = FollowUp(
            "上海市",
            [Shanghai],
            [
                Relation.Create(RelationType.LocatedIn, Shanghai.Id, SampleGraph.China.Id),
                Relation.Create(RelationType.PartOf, Shanghai.Id, nowhere.Id),
            ]);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.UpsertAsync(batch));

        await AssertNothingWrittenAsync(batch);
    }

    [Fact]
    public async Task An_invalid_mention_rejects_the_whole_batch()
    {
        await SeedAsync();
        const string text = "上海市GDP";
        var (start, end) = (new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        var observation = new Observation(
            StableIds.Observation(SampleGraph.Gdp.Id, Shanghai.Id, start, end, "亿元", SampleGraph.Article.Id),
            SampleGraph.Gdp.Id, Shanghai.Id, 53926.7m, "亿元", null, null, start, end, null, SampleGraph.Article.Id);
        var batch = FollowUp(
            text,
            [Shanghai],
            observations: [observation],
            mentions:
            [
                new Mention(observation.Id.Value, SampleGraph.Article.Id, StableIds.DocumentHash(text), new TextSpan(0, text.Length)),
                new Mention("obs_0000000000000000", SampleGraph.Article.Id, StableIds.DocumentHash(text), new TextSpan(0, 3)),
            ]);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.UpsertAsync(batch));

        await AssertNothingWrittenAsync(batch);
    }

    [Fact]
    public async Task A_mention_past_the_end_of_its_document_rejects_the_batch()
    {
        const string text = "上海市";
        var batch = FollowUp(
            text,
            [Shanghai],
            mentions: [new Mention(Shanghai.Id.Value, Shanghai.Id, StableIds.DocumentHash(text), new TextSpan(1, text.Length))]);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.UpsertAsync(batch));

        await AssertNothingWrittenAsync(batch);
    }

    [Fact]
    public async Task A_cancelled_upsert_writes_nothing()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.UpsertAsync(SampleGraph.Batch, cancellation.Token));

        await AssertNothingWrittenAsync(SampleGraph.Batch);
        Assert.Equal(0, (await Store.GetStatisticsAsync()).Entities);
    }

    [Fact]
    public async Task The_store_still_accepts_batches_after_a_rejected_one()
    {
        var bad = FollowUp(
            "bad", mentions: [new Mention(Shanghai.Id.Value, Shanghai.Id, StableIds.DocumentHash("bad"), new TextSpan(0, 99))]);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.UpsertAsync(bad));

        var result = await SeedAsync();

        Assert.Equal(SampleGraph.Entities.Count, result.CreatedEntities.Count);
    }

    private async Task AssertNothingWrittenAsync(GraphBatch batch)
    {
        Assert.Empty(await Store.GetDocumentsAsync([batch.Document.Hash]));
        var created = batch.Entities.Where(e => e.Id == Shanghai.Id || !SampleGraph.Entities.Contains(e)).Select(e => e.Id).ToList();
        Assert.Empty(await Store.GetEntitiesAsync(created));
        Assert.Empty(await Store.GetRelationsByIdAsync(batch.Relations.Select(r => r.Id).ToList()));
        Assert.Empty(await Store.GetObservationsByIdAsync(batch.Observations.Select(o => o.Id).ToList()));
        Assert.Empty(await Store.GetMentionsAsync(batch.Mentions.Select(m => m.TargetId).Distinct().ToList()));
    }
}
