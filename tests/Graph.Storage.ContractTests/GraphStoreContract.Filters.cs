using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Listing_by_name_fragment_matches_names_and_aliases_ignoring_case()
    {
        await SeedAsync();

        var byName = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Company, 10, NameContains: "大连"));
        var byAlias = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Organization, 10, NameContains: "工信"));
        var latin = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Policy, 10, NameContains: "rce"));

        Assert.Equal(SampleGraph.PortGroup.Id, Assert.Single(byName.Items).Node.Id);
        Assert.Equal(SampleGraph.Miit.Id, Assert.Single(byAlias.Items).Node.Id);
        Assert.Equal(SampleGraph.Rcep.Id, Assert.Single(latin.Items).Node.Id);
    }

    [Fact]
    public async Task Listing_by_subtype_keeps_only_that_subtype()
    {
        await SeedAsync();

        var cities = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Place, 10, Subtype: "city"));

        Assert.Equal(Sorted(Ids([SampleGraph.Dalian, SampleGraph.Shenyang])), Sorted(cities.Items.Select(i => i.Node.Id.Value)));
    }

    [Fact]
    public async Task Listing_by_place_follows_located_in_and_held_in()
    {
        await SeedAsync();

        var cities = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Place, 10, LocatedIn: SampleGraph.Liaoning.Id));
        var events = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Event, 10, LocatedIn: SampleGraph.Dalian.Id));
        var companies = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Company, 10, LocatedIn: SampleGraph.Dalian.Id));
        var indirect = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Company, 10, LocatedIn: SampleGraph.Liaoning.Id));

        Assert.Equal(Sorted(Ids([SampleGraph.Dalian, SampleGraph.Shenyang])), Sorted(cities.Items.Select(i => i.Node.Id.Value)));
        Assert.Equal(Sorted(Ids([SampleGraph.DigitalExpo, SampleGraph.SummerDavos])), Sorted(events.Items.Select(i => i.Node.Id.Value)));
        Assert.Equal(SampleGraph.PortGroup.Id, Assert.Single(companies.Items).Node.Id);
        Assert.Empty(indirect.Items);
    }

    [Fact]
    public async Task Listing_by_date_range_keeps_entities_whose_span_overlaps_it()
    {
        await SeedAsync();

        var autumn = await Store.ListEntitiesAsync(
            new EntityListQuery(EntityKind.Event, 10, From: new DateOnly(2025, 9, 3), To: new DateOnly(2025, 12, 31)));
        var lastDayOfDavos = await Store.ListEntitiesAsync(
            new EntityListQuery(EntityKind.Event, 10, From: new DateOnly(2025, 6, 26), To: new DateOnly(2025, 6, 26)));
        var year = await Store.ListEntitiesAsync(
            new EntityListQuery(
                EntityKind.Event, 10, From: new DateOnly(2025, 1, 1), To: new DateOnly(2025, 12, 31),
                Order: EntityOrder.StartDateAscending));
        var winter = await Store.ListEntitiesAsync(
            new EntityListQuery(EntityKind.Event, 10, From: new DateOnly(2025, 12, 1), To: new DateOnly(2026, 2, 28)));

        Assert.Equal(SampleGraph.DigitalExpo.Id, Assert.Single(autumn.Items).Node.Id);
        Assert.Equal(SampleGraph.SummerDavos.Id, Assert.Single(lastDayOfDavos.Items).Node.Id);
        Assert.Equal(Ids([SampleGraph.SummerDavos, SampleGraph.DigitalExpo]), year.Items.Select(i => i.Node.Id.Value));
        Assert.Empty(winter.Items);
    }

    [Fact]
    public async Task Filters_combine()
    {
        await SeedAsync();

        var page = await Store.ListEntitiesAsync(
            new EntityListQuery(EntityKind.Place, 10, NameContains: "连", Subtype: "city", LocatedIn: SampleGraph.Liaoning.Id));

        Assert.Equal(SampleGraph.Dalian.Id, Assert.Single(page.Items).Node.Id);
    }

    [Fact]
    public async Task A_malformed_entity_cursor_is_refused_with_an_argument_error()
    {
        await SeedAsync();
        var page = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Place, 1));

        // Not base64, empty, and valid base64 of JSON that is not a cursor.
        foreach (var cursor in new[] { "not a cursor", "", "eyJ4IjoxfQ" })
        {
            await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Place, 1, cursor)));
        }

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ListEntitiesAsync(
            new EntityListQuery(EntityKind.Place, 1, page.Items[0].Cursor, Order: EntityOrder.StartDateDescending)));
    }

    [Fact]
    public async Task An_empty_first_page_still_says_whether_rows_exist()
    {
        await SeedAsync();

        var page = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Place, 0));
        var none = await Store.ListEntitiesAsync(new EntityListQuery(EntityKind.Product, 5));

        Assert.Empty(page.Items);
        Assert.True(page.HasNextPage);
        Assert.Empty(none.Items);
        Assert.False(none.HasNextPage);
    }
}
