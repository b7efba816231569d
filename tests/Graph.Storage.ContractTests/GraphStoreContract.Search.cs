using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task A_two_character_chinese_query_finds_longer_names()
    {
        await SeedAsync();

        var dalian = await Store.SearchAsync(new SearchQuery("大连", 20));
        var data = await Store.SearchAsync(new SearchQuery("数据", 20));

        Assert.Contains(dalian.Items, h => h.Node.Entity.Id == SampleGraph.Dalian.Id);
        Assert.Contains(dalian.Items, h => h.Node.Entity.Id == SampleGraph.PortGroup.Id);
        Assert.Contains(data.Items, h => h.Node.Entity.Id == SampleGraph.DataBureau.Id);
        Assert.Contains(data.Items, h => h.Node.Entity.Id == SampleGraph.DataPolicy.Id);
        Assert.DoesNotContain(data.Items, h => h.Node.Entity.Id == SampleGraph.DigitalExpo.Id);
    }

    [Fact]
    public async Task A_one_character_query_finds_every_name_holding_it()
    {
        await SeedAsync();

        var city = await Store.SearchAsync(new SearchQuery("市", 20));

        Assert.Equal(
            Sorted(Ids([SampleGraph.Dalian, SampleGraph.Shenyang, SampleGraph.Article])),
            Sorted(city.Items.Select(h => h.Node.Entity.Id.Value)));
    }

    [Fact]
    public async Task Latin_queries_ignore_case_and_match_aliases()
    {
        await SeedAsync();

        var rcep = await Store.SearchAsync(new SearchQuery("rcep", 20));
        var gdp = await Store.SearchAsync(new SearchQuery("Gdp", 20));

        Assert.Equal(SampleGraph.Rcep.Id, Assert.Single(rcep.Items).Node.Entity.Id);
        Assert.Equal(SampleGraph.Gdp.Id, Assert.Single(gdp.Items).Node.Entity.Id);
    }

    [Fact]
    public async Task An_alias_finds_its_entity()
    {
        await SeedAsync();

        var hits = await Store.SearchAsync(new SearchQuery("工信部", 20));

        Assert.Equal(SampleGraph.Miit.Id, Assert.Single(hits.Items).Node.Entity.Id);
    }

    [Fact]
    public async Task Exact_matches_rank_before_prefixes_and_prefixes_before_contained_names()
    {
        await SeedAsync();

        var hits = await Store.SearchAsync(new SearchQuery("大连", 20));

        // 大连 is 大连市's alias (exact); 大连日报 and 大连港集团 start with it, shorter first; the article title starts with
        // 大连 too but is longer. 博览会在大连市举办 is not a name, so nothing merely contains 大连 here.
        Assert.Equal(
            Ids([SampleGraph.Dalian, SampleGraph.DalianDaily, SampleGraph.PortGroup, SampleGraph.Article]),
            hits.Items.Select(h => h.Node.Entity.Id.Value));
        Assert.Equal(hits.Items.Select(h => h.Node.Score).OrderDescending(), hits.Items.Select(h => h.Node.Score));
        Assert.True(hits.Items[0].Node.Score > hits.Items[1].Node.Score);

        var contained = await Store.SearchAsync(new SearchQuery("数字经济", 20));
        var exactName = await Store.SearchAsync(new SearchQuery("中国", 20));
        Assert.Equal(SampleGraph.DigitalExpo.Id, Assert.Single(contained.Items).Node.Entity.Id);
        Assert.Equal(SampleGraph.China.Id, exactName.Items[0].Node.Entity.Id);
        Assert.Equal(SampleGraph.DigitalExpo.Id, exactName.Items[1].Node.Entity.Id);
    }

    [Fact]
    public async Task Search_can_be_limited_to_some_kinds()
    {
        await SeedAsync();

        var companies = await Store.SearchAsync(new SearchQuery("大连", 20, Kinds: [EntityKind.Company]));
        var placesAndSources = await Store.SearchAsync(new SearchQuery("大连", 20, Kinds: [EntityKind.Place, EntityKind.Source]));

        Assert.Equal(SampleGraph.PortGroup.Id, Assert.Single(companies.Items).Node.Entity.Id);
        Assert.Equal(Ids([SampleGraph.Dalian, SampleGraph.DalianDaily]), placesAndSources.Items.Select(h => h.Node.Entity.Id.Value));
    }

    [Fact]
    public async Task Search_pages_join_up_without_gaps_or_repeats()
    {
        await SeedAsync();
        var all = await Store.SearchAsync(new SearchQuery("大连", 100));
        var seen = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await Store.SearchAsync(new SearchQuery("大连", 1, after));
            seen.AddRange(page.Items.Select(h => h.Node.Entity.Id.Value));
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.Items[^1].Cursor;
        }

        Assert.Equal(all.Items.Select(h => h.Node.Entity.Id.Value), seen);
        Assert.Equal(4, seen.Count);
    }

    [Fact]
    public async Task A_search_without_matches_or_text_is_an_empty_page()
    {
        await SeedAsync();

        var none = await Store.SearchAsync(new SearchQuery("上海", 10));
        var blank = await Store.SearchAsync(new SearchQuery("  ", 10));
        var scattered = await Store.SearchAsync(new SearchQuery("大市", 10));

        Assert.Empty(none.Items);
        Assert.False(none.HasNextPage);
        Assert.Empty(blank.Items);
        Assert.Empty(scattered.Items);
    }

    [Fact]
    public async Task A_malformed_search_cursor_is_refused_with_an_argument_error()
    {
        await SeedAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SearchAsync(new SearchQuery("大连", 1, "garbage!")));
    }

    [Fact]
    public async Task Names_added_later_become_searchable()
    {
        await SeedAsync();
        await Store.UpsertAsync(FollowUp("滨城", [SampleGraph.Dalian with { Aliases = ["滨城"] }]));

        var hits = await Store.SearchAsync(new SearchQuery("滨城", 10));

        Assert.Equal(SampleGraph.Dalian.Id, Assert.Single(hits.Items).Node.Entity.Id);
    }
}
