using Graph.Domain.Model;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Initializing_twice_is_harmless()
    {
        await Store.InitializeAsync();
        await SeedAsync();
        await Store.InitializeAsync();

        Assert.Equal(SampleGraph.Entities.Count, (await Store.GetStatisticsAsync()).Entities);
    }

    [Fact]
    public async Task A_first_batch_reports_everything_it_created()
    {
        var result = await SeedAsync();

        Assert.False(result.DocumentAlreadyKnown);
        Assert.Equal(Ids(SampleGraph.Entities), result.CreatedEntities.Select(id => id.Value));
        Assert.Empty(result.UpdatedEntities);
        Assert.Equal(SampleGraph.Relations.Count, result.RelationsCreated);
        Assert.Equal(SampleGraph.Observations.Count, result.ObservationsCreated);
        Assert.Equal(SampleGraph.Mentions.Count, result.MentionsCreated);
    }

    [Fact]
    public async Task Stored_entities_read_back_field_for_field()
    {
        await SeedAsync();

        foreach (var entity in SampleGraph.Entities)
        {
            AssertSameEntity(entity, await GetEntityAsync(entity));
        }

        var relations = await Store.GetRelationsByIdAsync([SampleGraph.WangWorksForMiit.Id]);
        AssertSameRelation(SampleGraph.WangWorksForMiit, Assert.Single(relations));
        Assert.Equal("司长", relations[0].Properties[RelationProperties.Role]);
    }

    [Fact]
    public async Task Reingesting_the_same_batch_changes_nothing()
    {
        await SeedAsync();
        var entitiesBefore = await CollectAsync(Store.ReadAllEntitiesAsync());

        var again = await SeedAsync();

        Assert.True(again.DocumentAlreadyKnown);
        Assert.Empty(again.CreatedEntities);
        Assert.Empty(again.UpdatedEntities);
        Assert.Equal(0, again.RelationsCreated);
        Assert.Equal(0, again.ObservationsCreated);
        Assert.Equal(0, again.MentionsCreated);
        var entitiesAfter = await CollectAsync(Store.ReadAllEntitiesAsync());
        Assert.Equal(entitiesBefore.Count, entitiesAfter.Count);
        foreach (var (before, after) in entitiesBefore.Zip(entitiesAfter))
        {
            AssertSameEntity(before, after);
        }

        var statistics = await Store.GetStatisticsAsync();
        Assert.Equal(SampleGraph.Relations.Count, statistics.Relations);
        Assert.Equal(SampleGraph.Mentions.Count, statistics.Mentions);
        Assert.Equal(1, statistics.Documents);
    }

    [Fact]
    public async Task A_later_batch_unions_aliases_and_reports_the_entity_as_updated()
    {
        await SeedAsync();
        var sighting = SampleGraph.Dalian with { Aliases = ["滨城", "大连", "大连市"] };

        var result = await Store.UpsertAsync(FollowUp("滨城大连", [sighting, SampleGraph.China]));

        Assert.False(result.DocumentAlreadyKnown);
        Assert.Empty(result.CreatedEntities);
        Assert.Equal([SampleGraph.Dalian.Id], result.UpdatedEntities);
        var stored = await GetEntityAsync(SampleGraph.Dalian);
        Assert.Equal(["大连", "滨城"], stored.Aliases);
        Assert.Equal("大连市", stored.Name);
    }

    [Fact]
    public async Task Aliases_never_repeat_the_name()
    {
        var result = await Store.UpsertAsync(FollowUp("工信部", [SampleGraph.Miit with { Aliases = ["工业和信息化部", "工信部", "工信部"] }]));

        Assert.Equal([SampleGraph.Miit.Id], result.CreatedEntities);
        Assert.Equal(["工信部"], (await GetEntityAsync(SampleGraph.Miit)).Aliases);
    }

    [Fact]
    public async Task Missing_fields_are_filled_and_existing_ones_kept()
    {
        await SeedAsync();
        var sighting = SampleGraph.Liaoning with
        {
            Aliases = [],
            Subtype = "region",
            StartDate = new DateOnly(1907, 4, 20),
            Attributes = new Dictionary<string, string> { ["capital"] = "沈阳市" },
        };
        var article = SampleGraph.Article with
        {
            Attributes = new Dictionary<string, string> { [EntityAttributes.Ordinal] = "9", [EntityAttributes.Source] = "大连日报" },
        };

        var result = await Store.UpsertAsync(FollowUp("辽宁省", [sighting, article]));

        Assert.Equal([SampleGraph.Liaoning.Id, SampleGraph.Article.Id], result.UpdatedEntities);
        var liaoning = await GetEntityAsync(SampleGraph.Liaoning);
        Assert.Equal("province", liaoning.Subtype);
        Assert.Equal(new DateOnly(1907, 4, 20), liaoning.StartDate);
        Assert.Equal(["辽宁"], liaoning.Aliases);
        Assert.Equal("沈阳市", liaoning.AttributesOrEmpty["capital"]);
        var stored = (await GetEntityAsync(SampleGraph.Article)).AttributesOrEmpty;
        Assert.Equal("1", stored[EntityAttributes.Ordinal]);
        Assert.Equal("大连日报", stored[EntityAttributes.Source]);
        Assert.Equal(SampleDocument.Hash, stored[EntityAttributes.Document]);
    }

    [Fact]
    public async Task An_entity_seen_twice_in_one_batch_is_created_once_with_both_sightings_merged()
    {
        var result = await Store.UpsertAsync(FollowUp(
            "大连 滨城",
            [SampleGraph.Dalian with { Aliases = ["大连"] }, SampleGraph.Dalian with { Aliases = ["滨城"], Subtype = "region" }]));

        Assert.Equal([SampleGraph.Dalian.Id], result.CreatedEntities);
        Assert.Empty(result.UpdatedEntities);
        var stored = await GetEntityAsync(SampleGraph.Dalian);
        Assert.Equal(["大连", "滨城"], stored.Aliases);
        Assert.Equal("city", stored.Subtype);
    }

    [Fact]
    public async Task Facts_may_refer_to_entities_stored_by_an_earlier_batch()
    {
        await SeedAsync();
        var shenyangInChina = Relation.Create(RelationType.PartOf, SampleGraph.Shenyang.Id, SampleGraph.China.Id);

        var result = await Store.UpsertAsync(FollowUp("沈阳市", relations: [shenyangInChina, SampleGraph.DalianInLiaoning]));

        Assert.Empty(result.CreatedEntities);
        Assert.Equal(1, result.RelationsCreated);
        AssertSameRelation(shenyangInChina, Assert.Single(await Store.GetRelationsByIdAsync([shenyangInChina.Id])));
    }
}
