using Graph.Domain.Model;
using Graph.Domain.Store;
using Xunit;

namespace Graph.Storage.ContractTests;

/// <summary>Search pages both ways (Relay's first/after and last/before) over every tier of hits.</summary>
public abstract partial class GraphStoreContract
{
    // One hit of each tier; two contained at the same length (tied on rank), and one whose alias holds the text again at
    // a greater length, which must not bring it back on a later page.
    private static readonly Entity[] Sprouts =
    [
        Entity.Create(EntityKind.Place, "青禾"),
        Entity.Create(EntityKind.Company, "青禾农业"),
        Entity.Create(EntityKind.Company, "新青禾", ["北方青禾物流园区"]),
        Entity.Create(EntityKind.Company, "老青禾"),
        Entity.Create(EntityKind.Event, "东部青禾节会"),
    ];

    [Fact]
    public async Task Search_pages_walk_back_with_last_and_before_through_what_first_and_after_walked()
    {
        await SeedAsync();
        await Store.UpsertAsync(FollowUp("青禾", Sprouts));
        var all = (await Store.SearchAsync(new SearchQuery("青禾", 100))).Items;
        var ids = all.Select(h => h.Node.Entity.Id.Value).ToList();

        var forward = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await Store.SearchAsync(new SearchQuery("青禾", 1, after));
            forward.AddRange(page.Items.Select(h => h.Node.Entity.Id.Value));
            Assert.Equal(after is not null, page.HasPreviousPage);
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.Items[^1].Cursor;
        }

        var backward = new List<string>();
        string? before = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await Store.SearchAsync(new SearchQuery("青禾", 2, Before: before, FromEnd: true));
            backward.InsertRange(0, page.Items.Select(h => h.Node.Entity.Id.Value));
            Assert.Equal(before is not null, page.HasNextPage);
            if (!page.HasPreviousPage)
            {
                break;
            }

            before = page.Items[0].Cursor;
        }

        Assert.Equal(Sorted(Sprouts.Select(e => e.Id.Value)), Sorted(ids));
        Assert.Equal(Sprouts[0].Id.Value, ids[0]);
        Assert.Equal(Sprouts[1].Id.Value, ids[1]);
        Assert.Equal(Sprouts[4].Id.Value, ids[^1]);
        Assert.Equal(ids, forward);
        Assert.Equal(ids, backward);
    }

    [Fact]
    public async Task A_search_page_from_the_end_or_between_two_cursors_holds_the_hits_there_best_first()
    {
        await SeedAsync();
        await Store.UpsertAsync(FollowUp("青禾", Sprouts));
        var all = (await Store.SearchAsync(new SearchQuery("青禾", 100))).Items;
        var ids = all.Select(h => h.Node.Entity.Id.Value).ToList();

        var last = await Store.SearchAsync(new SearchQuery("青禾", 3, FromEnd: true));
        var between = await Store.SearchAsync(new SearchQuery("青禾", 10, After: all[0].Cursor, Before: all[3].Cursor));
        var betweenFromEnd = await Store.SearchAsync(new SearchQuery("青禾", 1, After: all[0].Cursor, Before: all[3].Cursor, FromEnd: true));
        var oneCharacter = await Store.SearchAsync(new SearchQuery("禾", 100));
        var oneCharacterLast = await Store.SearchAsync(new SearchQuery("禾", 2, FromEnd: true));
        var kindsLast = await Store.SearchAsync(new SearchQuery("青禾", 1, Kinds: [EntityKind.Company], FromEnd: true));

        Assert.Equal(ids[^3..], last.Items.Select(h => h.Node.Entity.Id.Value));
        Assert.True(last.HasPreviousPage);
        Assert.False(last.HasNextPage);
        Assert.Equal(all[^1].Node.Score, last.Items[^1].Node.Score);
        Assert.Equal(ids[1..3], between.Items.Select(h => h.Node.Entity.Id.Value));
        Assert.False(between.HasNextPage);
        Assert.True(between.HasPreviousPage);
        Assert.Equal(ids[2], Assert.Single(betweenFromEnd.Items).Node.Entity.Id.Value);
        Assert.True(betweenFromEnd.HasPreviousPage);
        Assert.True(betweenFromEnd.HasNextPage);
        Assert.Equal(oneCharacter.Items.Skip(oneCharacter.Items.Count - 2).Select(h => h.Node.Entity.Id.Value), oneCharacterLast.Items.Select(h => h.Node.Entity.Id.Value));
        Assert.Equal(
            all.Where(h => h.Node.Entity.Kind == EntityKind.Company).Select(h => h.Node.Entity.Id.Value).Last(),
            Assert.Single(kindsLast.Items).Node.Entity.Id.Value);
    }

    [Fact]
    public async Task A_malformed_search_before_cursor_is_refused_with_an_argument_error()
    {
        await SeedAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SearchAsync(new SearchQuery("大连", 1, Before: "garbage!", FromEnd: true)));
    }
}
