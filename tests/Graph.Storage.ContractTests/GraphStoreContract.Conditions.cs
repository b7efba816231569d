using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Domain.Store.Filtering;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

public abstract partial class GraphStoreContract
{
    private async Task<string[]> ListIdsAsync(EntityKind kind, EntityCondition where, EntityOrder order = EntityOrder.NameAscending) =>
        Sorted(Ids((await Store.ListEntitiesAsync(new EntityListQuery(kind, 50, Order: order, Where: where))).Items.Select(i => i.Node)));

    [Fact]
    public async Task Text_operators_compare_names_and_subtypes()
    {
        await SeedAsync();

        Assert.Equal(Ids([SampleGraph.Dalian]), await ListIdsAsync(EntityKind.Place, TextCondition.Of(TextField.Name, TextOperator.Equals, "大连市")));
        Assert.Equal(
            Sorted(Ids([SampleGraph.Dalian, SampleGraph.Shenyang])),
            await ListIdsAsync(EntityKind.Place, new TextCondition(TextField.Name, TextOperator.In, ["大连市", "沈阳市", "不存在"])));
        Assert.Equal(Ids([SampleGraph.Liaoning]), await ListIdsAsync(EntityKind.Place, TextCondition.Of(TextField.Name, TextOperator.StartsWith, "辽宁")));
        Assert.Equal(Ids([SampleGraph.Liaoning]), await ListIdsAsync(EntityKind.Place, TextCondition.Of(TextField.Name, TextOperator.Contains, "宁")));
        Assert.Equal(Ids([SampleGraph.China]), await ListIdsAsync(EntityKind.Place, TextCondition.Of(TextField.Subtype, TextOperator.StartsWith, "coun")));
        Assert.Empty(await ListIdsAsync(EntityKind.Place, new TextCondition(TextField.Name, TextOperator.In, [])));
    }

    [Fact]
    public async Task And_or_and_not_combine_conditions()
    {
        await SeedAsync();
        var city = TextCondition.Of(TextField.Subtype, TextOperator.Equals, "city");

        var either = await ListIdsAsync(EntityKind.Place, new AnyOf([city, TextCondition.Of(TextField.Subtype, TextOperator.Equals, "country")]));
        var notCity = await ListIdsAsync(EntityKind.Place, new Not(city));
        var both = await ListIdsAsync(EntityKind.Place, new AllOf([city, TextCondition.Of(TextField.Name, TextOperator.Contains, "沈")]));

        Assert.Equal(Sorted(Ids([SampleGraph.Dalian, SampleGraph.Shenyang, SampleGraph.China])), either);
        Assert.Equal(Sorted(Ids([SampleGraph.China, SampleGraph.Liaoning])), notCity);
        Assert.Equal(Ids([SampleGraph.Shenyang]), both);
        Assert.Empty(await ListIdsAsync(EntityKind.Place, new AnyOf([])));
    }

    [Fact]
    public async Task Date_operators_leave_undated_entities_out_of_a_condition_and_of_its_negation()
    {
        await SeedAsync();
        var june = new DateOnly(2025, 6, 30);

        var after = await ListIdsAsync(EntityKind.Event, DateCondition.Of(DateField.StartDate, ComparisonOperator.GreaterThan, june));
        var notAfter = await ListIdsAsync(EntityKind.Event, new Not(DateCondition.Of(DateField.StartDate, ComparisonOperator.GreaterThan, june)));

        Assert.Equal(Ids([SampleGraph.DigitalExpo]), after);
        Assert.Equal(Ids([SampleGraph.SummerDavos]), notAfter);
        Assert.DoesNotContain(SampleGraph.NortheastForum.Id.Value, notAfter);
    }

    [Fact]
    public async Task Relation_conditions_match_some_or_none_by_type_direction_and_the_other_end()
    {
        await SeedAsync();
        var inDalian = new RelationCondition(
            true, [RelationType.HeldIn], RelationDirection.Outgoing, TextCondition.Of(TextField.Name, TextOperator.Equals, "大连市"));

        var heldInDalian = await ListIdsAsync(EntityKind.Event, inDalian);
        var notHeldInDalian = await ListIdsAsync(EntityKind.Event, inDalian with { Exists = false });
        var withParticipant = await ListIdsAsync(EntityKind.Event, new RelationCondition(
            true, [], RelationDirection.Both, new KindCondition([EntityKind.Company])));

        Assert.Equal(Sorted(Ids([SampleGraph.DigitalExpo, SampleGraph.SummerDavos])), heldInDalian);
        Assert.Equal(Ids([SampleGraph.NortheastForum]), notHeldInDalian);
        Assert.Equal(Ids([SampleGraph.DigitalExpo]), withParticipant);
    }

    [Fact]
    public async Task Within_follows_the_place_hierarchy_down_to_its_depth_bound()
    {
        await SeedAsync();

        var companies = await ListIdsAsync(EntityKind.Company, new WithinCondition(SampleGraph.Liaoning.Id, 4));
        var places = await ListIdsAsync(EntityKind.Place, new WithinCondition(SampleGraph.China.Id, 4));
        var events = await ListIdsAsync(EntityKind.Event, new WithinCondition(SampleGraph.China.Id, 3));
        var tooShallow = await ListIdsAsync(EntityKind.Company, new WithinCondition(SampleGraph.China.Id, 2));
        var deepEnough = await ListIdsAsync(EntityKind.Company, new WithinCondition(SampleGraph.China.Id, 3));

        Assert.Equal(Ids([SampleGraph.PortGroup]), companies);
        Assert.Equal(Sorted(Ids([SampleGraph.Liaoning, SampleGraph.Dalian, SampleGraph.Shenyang])), places);
        Assert.Equal(Sorted(Ids([SampleGraph.DigitalExpo, SampleGraph.SummerDavos])), events);
        Assert.Empty(tooShallow);
        Assert.Equal(Ids([SampleGraph.PortGroup]), deepEnough);
    }

    [Fact]
    public async Task Figure_conditions_compare_base_unit_values_of_an_indicator_in_a_period()
    {
        await SeedAsync();
        var gdp = SampleGraph.Gdp.Id;

        var large = await ListIdsAsync(EntityKind.Place, new FigureCondition(gdp, ComparisonOperator.GreaterThan, [910_000_000_000m]));
        var any = await ListIdsAsync(EntityKind.Place, new FigureCondition(null, ComparisonOperator.GreaterThanOrEqual, [0m]));
        var outcomesOver3bn = await ListIdsAsync(
            EntityKind.Place,
            new FigureCondition(SampleGraph.OutsourcingValue.Id, ComparisonOperator.GreaterThan, [3_000_000_000m], IncludeTargets: false));
        var targetsOver3bn = await ListIdsAsync(
            EntityKind.Place, new FigureCondition(SampleGraph.OutsourcingValue.Id, ComparisonOperator.GreaterThan, [3_000_000_000m]));

        Assert.Equal(Ids([SampleGraph.Dalian]), large);
        Assert.Equal(Sorted(Ids([SampleGraph.Dalian, SampleGraph.Shenyang])), any);
        Assert.Empty(outcomesOver3bn);
        Assert.Equal(Ids([SampleGraph.Dalian]), targetsOver3bn);
    }

    [Fact]
    public async Task Counts_are_exact_with_and_without_conditions()
    {
        await SeedAsync();

        Assert.Equal(4, await Store.CountEntitiesAsync(new EntityListQuery(EntityKind.Place, 1)));
        Assert.Equal(0, await Store.CountEntitiesAsync(new EntityListQuery(EntityKind.Product, 1)));
        Assert.Equal(2, await Store.CountEntitiesAsync(new EntityListQuery(EntityKind.Place, 1, Subtype: "city")));
        Assert.Equal(3, await Store.CountEntitiesAsync(new EntityListQuery(EntityKind.Place, 1, Where: new WithinCondition(SampleGraph.China.Id, 4))));
        var hits = await Store.SearchAsync(new SearchQuery("大连", 50));
        Assert.Equal(hits.Items.Count, await Store.CountSearchHitsAsync(new SearchQuery("大连", 1)));
        Assert.Equal(hits.Items.Count(h => h.Node.Entity.Kind != EntityKind.Place), await Store.CountSearchHitsAsync(
            new SearchQuery("大连", 1, Where: new Not(new KindCondition([EntityKind.Place])))));
        Assert.Equal(1, await Store.CountSearchHitsAsync(new SearchQuery("大连", 1, Kinds: [EntityKind.Place])));
        Assert.Equal(1, await Store.CountSearchHitsAsync(
            new SearchQuery("大连", 1, Where: new KindCondition([EntityKind.Company]))));
    }

    [Fact]
    public async Task Relation_and_observation_counts_are_what_their_pages_hold()
    {
        await SeedAsync();
        var anchors = new[] { SampleGraph.Dalian.Id, SampleGraph.China.Id, new EntityId("place_nowhere") };

        var both = await Store.CountRelationsAsync(new RelationQuery(anchors, RelationDirection.Both, 1));
        var incomingLocated = await Store.CountRelationsAsync(
            new RelationQuery(anchors, RelationDirection.Incoming, 1, [RelationType.LocatedIn, RelationType.HeldIn]));
        var dalianAll = await Store.GetRelationsAsync(new RelationQuery([SampleGraph.Dalian.Id], RelationDirection.Both, 100));

        Assert.Equal(dalianAll.Count, both[SampleGraph.Dalian.Id]);
        Assert.Equal(1, both[SampleGraph.China.Id]);
        Assert.Equal(0, both[new EntityId("place_nowhere")]);
        Assert.Equal(3, incomingLocated[SampleGraph.Dalian.Id]);
        Assert.Equal(SampleGraph.Observations.Count, await Store.CountObservationsAsync(new ObservationQuery(1)));
        Assert.Equal(
            SampleGraph.Observations.Count(o => o.Subject == SampleGraph.Dalian.Id && !o.IsTarget),
            await Store.CountObservationsAsync(new ObservationQuery(1, SubjectIds: [SampleGraph.Dalian.Id], IncludeTargets: false)));
    }

    [Fact]
    public async Task Search_keeps_only_hits_that_satisfy_the_condition()
    {
        await SeedAsync();

        var page = await Store.SearchAsync(new SearchQuery("大连", 10, Where: new WithinCondition(SampleGraph.Liaoning.Id, 4)));

        Assert.Equal(Sorted(Ids([SampleGraph.Dalian, SampleGraph.PortGroup])), Sorted(page.Items.Select(i => i.Node.Entity.Id.Value)));
    }

    [Theory]
    [InlineData(EntityOrder.NameAscending)]
    [InlineData(EntityOrder.NameDescending)]
    [InlineData(EntityOrder.StartDateAscending)]
    [InlineData(EntityOrder.StartDateDescending)]
    [InlineData(EntityOrder.NamePinyinAscending)]
    public async Task Pages_from_the_end_walk_back_through_the_same_order_with_exact_page_info(EntityOrder order)
    {
        await SeedAsync();
        var all = (await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Event, 50, Order: order, Where: new AllOf([]))))
            .Items.Select(i => i.Node.Id.Value).ToList();

        var last = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Event, 2, Order: order, FromEnd: true));
        var before = await Store.ListEntitiesAsync(
            new EntityListQuery(EntityKind.Event, 2, Order: order, Before: last.Items[0].Cursor, FromEnd: true));
        var forward = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Event, 2, last.Items[0].Cursor, Order: order, Where: new AllOf([])));

        Assert.Equal(3, all.Count);
        Assert.Equal(all[1..], last.Items.Select(i => i.Node.Id.Value));
        Assert.True(last.HasPreviousPage);
        Assert.False(last.HasNextPage);
        Assert.Equal(all[..1], before.Items.Select(i => i.Node.Id.Value));
        Assert.False(before.HasPreviousPage);
        Assert.True(before.HasNextPage);
        Assert.Equal(all[2..], forward.Items.Select(i => i.Node.Id.Value));
        Assert.True(forward.HasPreviousPage);
    }

    [Fact]
    public async Task Several_sort_keys_order_by_each_in_turn_and_page_exactly()
    {
        await SeedAsync();
        var query = new EntityListQuery(
            EntityKind.Place, 1, Order: EntityOrder.StartDateAscending, ThenBy: [EntityOrder.NamePinyinDescending]);

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = await Store.ListEntitiesAsync(query with { After = after });
            seen.AddRange(page.Items.Select(i => i.Node.Name));
            after = page.HasNextPage ? page.Items[^1].Cursor : null;
        }
        while (after is not null);

        // All places are undated: the pinyin keys decide, last first (shen, liao, zhong, da → zhong, shen, liao, da).
        Assert.Equal(["中国", "沈阳市", "辽宁省", "大连市"], seen);
    }

    [Fact]
    public async Task Pinyin_order_sorts_Chinese_names_by_their_reading_not_their_code_points()
    {
        await SeedAsync();

        var page = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Place, 10, Order: EntityOrder.NamePinyinAscending));

        // da, liao, shen, zhong; by code point 中 (U+4E2D) would come first.
        Assert.Equal(["大连市", "辽宁省", "沈阳市", "中国"], page.Items.Select(i => i.Node.Name));
    }

    [Fact]
    public async Task A_malformed_condition_is_refused_with_an_argument_error()
    {
        await SeedAsync();
        EntityCondition[] malformed =
        [
            new TextCondition(TextField.Name, TextOperator.Equals, ["a", "b"]),
            new TextCondition(TextField.NameOrAlias, TextOperator.Equals, ["a"]),
            new WithinCondition(new EntityId("place_x"), 0),
            new DateCondition(DateField.StartDate, ComparisonOperator.GreaterThan, []),
        ];

        foreach (var condition in malformed)
        {
            await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Place, 1, Where: condition)));
            await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.CountEntitiesAsync(new EntityListQuery(EntityKind.Place, 1, Where: condition)));
        }
    }
}
