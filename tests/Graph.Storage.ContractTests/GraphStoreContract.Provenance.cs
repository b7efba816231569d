using Graph.Domain.Model;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Mentions_are_found_by_the_fact_they_cite()
    {
        await SeedAsync();
        string[] targets =
        [
            SampleGraph.Dalian.Id.Value, SampleGraph.WangWorksForMiit.Id.Value, SampleGraph.DalianOutsourcing2025Q1.Id.Value,
            "rel_0000000000000000",
        ];

        var mentions = await Store.GetMentionsAsync(targets);

        Assert.Equal(4, mentions.Count);
        var dalian = mentions.Where(m => m.TargetId == SampleGraph.Dalian.Id.Value).OrderBy(m => m.Span.Start).ToList();
        Assert.Equal([SampleDocument.SpanOf("大连市"), SampleDocument.SpanOf("大连市", 30)], dalian.Select(m => m.Span));
        Assert.All(mentions, m => Assert.Equal(SampleDocument.Hash, m.DocumentHash));
        Assert.All(mentions, m => Assert.Equal(SampleGraph.Article.Id, m.Article));
        var role = Assert.Single(mentions, m => m.TargetId == SampleGraph.WangWorksForMiit.Id.Value);
        Assert.Equal("信息技术发展司司长王建国", SampleDocument.Text.Substring(role.Span.Start, role.Span.Length));
    }

    [Fact]
    public async Task Documents_are_found_by_hash()
    {
        await SeedAsync();

        var documents = await Store.GetDocumentsAsync([SampleDocument.Hash, "0000"]);

        Assert.Equal(SampleDocument.Info, Assert.Single(documents));
    }

    [Fact]
    public async Task Statistics_count_by_kind_and_type()
    {
        await SeedAsync();

        var statistics = await Store.GetStatisticsAsync();

        Assert.Equal(SampleGraph.Entities.Count, statistics.Entities);
        Assert.Equal(4, statistics.EntitiesByKind.GetValueOrDefault(EntityKind.Place));
        Assert.Equal(3, statistics.EntitiesByKind.GetValueOrDefault(EntityKind.Event));
        Assert.Equal(0, statistics.EntitiesByKind.GetValueOrDefault(EntityKind.Product));
        Assert.Equal(SampleGraph.Relations.Count, statistics.Relations);
        Assert.Equal(4, statistics.RelationsByType.GetValueOrDefault(RelationType.LocatedIn));
        Assert.Equal(1, statistics.RelationsByType.GetValueOrDefault(RelationType.WorksFor));
        Assert.Equal(SampleGraph.Observations.Count, statistics.Observations);
        Assert.Equal(SampleGraph.Mentions.Count, statistics.Mentions);
        Assert.Equal(1, statistics.Documents);
    }

    [Fact]
    public async Task An_empty_store_has_zero_statistics_and_is_healthy()
    {
        await Store.CheckHealthAsync();

        var statistics = await Store.GetStatisticsAsync();

        Assert.Equal(0, statistics.Entities);
        Assert.Equal(0, statistics.Relations);
        Assert.Equal(0, statistics.Documents);
    }
}
