using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Getting_entities_by_id_leaves_unknown_ids_out()
    {
        await SeedAsync();

        var found = await Store.GetEntitiesAsync([SampleGraph.Dalian.Id, new EntityId("place_0000000000000000"), SampleGraph.Miit.Id]);

        Assert.Equal(Sorted([SampleGraph.Dalian.Id.Value, SampleGraph.Miit.Id.Value]), Sorted(Ids(found)));
    }

    [Fact]
    public async Task Getting_thousands_of_ids_in_one_call_works()
    {
        await SeedAsync();
        var ids = Enumerable.Range(0, 5000)
            .Select(i => StableIds.Entity(EntityKind.Company, $"公司{i}"))
            .Append(SampleGraph.Article.Id)
            .ToList();

        var found = await Store.GetEntitiesAsync(ids);

        Assert.Equal(SampleGraph.Article.Id, Assert.Single(found).Id);
    }

    [Fact]
    public async Task Getting_no_ids_returns_nothing()
    {
        await SeedAsync();

        Assert.Empty(await Store.GetEntitiesAsync([]));
        Assert.Empty(await Store.GetRelationsByIdAsync([]));
        Assert.Empty(await Store.GetObservationsByIdAsync([]));
        Assert.Empty(await Store.GetMentionsAsync([]));
        Assert.Empty(await Store.GetDocumentsAsync([]));
    }

    [Fact]
    public async Task Relations_and_observations_by_id_leave_unknown_ids_out()
    {
        await SeedAsync();

        var relations = await Store.GetRelationsByIdAsync([SampleGraph.PortAtExpo.Id, new RelationId("rel_0000000000000000")]);
        var observations = await Store.GetObservationsByIdAsync([SampleGraph.DalianGdp2024.Id, new ObservationId("obs_0000000000000000")]);

        AssertSameRelation(SampleGraph.PortAtExpo, Assert.Single(relations));
        var observation = Assert.Single(observations);
        Assert.Equal(SampleGraph.DalianGdp2024, observation);
    }

    [Fact]
    public async Task Decimals_round_trip_exactly()
    {
        await SeedAsync();

        var gdp = Assert.Single(await Store.GetObservationsByIdAsync([SampleGraph.DalianGdp2024.Id]));

        Assert.Equal("9516.90", gdp.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(5.0123456789012345678m, gdp.YoyPct);
        Assert.Equal(951_690_000_000m, gdp.NormalizedValue);
    }

    [Fact]
    public async Task Entities_list_by_name_in_both_directions()
    {
        await SeedAsync();
        var byName = SampleGraph.Entities
            .Where(e => e.Kind == EntityKind.Place)
            .OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id.Value, StringComparer.Ordinal)
            .Select(e => e.Id.Value).ToArray();

        var ascending = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Place, 10));
        var descending = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Place, 10, Order: EntityOrder.NameDescending));

        Assert.Equal(byName, ascending.Items.Select(i => i.Node.Id.Value));
        Assert.Equal(byName.Reverse(), descending.Items.Select(i => i.Node.Id.Value));
        Assert.False(ascending.HasNextPage);
    }

    [Fact]
    public async Task Entities_list_by_start_date_with_undated_ones_last()
    {
        await SeedAsync();

        var ascending = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Event, 10, Order: EntityOrder.StartDateAscending));
        var descending = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Event, 10, Order: EntityOrder.StartDateDescending));

        Assert.Equal(
            Ids([SampleGraph.SummerDavos, SampleGraph.DigitalExpo, SampleGraph.NortheastForum]),
            ascending.Items.Select(i => i.Node.Id.Value));
        Assert.Equal(
            Ids([SampleGraph.DigitalExpo, SampleGraph.SummerDavos, SampleGraph.NortheastForum]),
            descending.Items.Select(i => i.Node.Id.Value));
    }

    [Theory]
    [InlineData(EntityOrder.NameAscending)]
    [InlineData(EntityOrder.NameDescending)]
    [InlineData(EntityOrder.StartDateAscending)]
    [InlineData(EntityOrder.StartDateDescending)]
    public async Task Paging_one_by_one_visits_every_entity_once_in_order(EntityOrder order)
    {
        await SeedAsync();
        await Store.UpsertAsync(FollowUp("更多活动", MoreEvents()));
        var all = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Event, 100, Order: order));

        var paged = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Event, 2, after, Order: order));
            paged.AddRange(page.Items.Select(i => i.Node.Id.Value));
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.Items[^1].Cursor;
        }

        Assert.Equal(3 + MoreEvents().Count, all.Items.Count);
        Assert.Equal(all.Items.Select(i => i.Node.Id.Value), paged);
    }

    private static List<Entity> MoreEvents() =>
    [
        .. Enumerable.Range(1, 4)
            .Select(i => Entity.Create(EntityKind.Event, $"大连国际马拉松{i}") with { StartDate = new DateOnly(2020 + i, 5, 1) }),
        Entity.Create(EntityKind.Event, "中国国际数字经济博览会分论坛") with { StartDate = new DateOnly(2025, 9, 1) },
        Entity.Create(EntityKind.Event, "大连啤酒节"),
        Entity.Create(EntityKind.Event, "大连国际服装节"),
    ];
}
