using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

/// <summary>
/// An anchor's relations page both ways: from the end (Relay's last) each anchor gets its last N relations before a
/// cursor, last first, and the two cursors bound a window either way.
/// </summary>
public abstract partial class GraphStoreContract
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Relation_pages_from_the_end_walk_back_through_what_the_forward_pages_walked(int size)
    {
        await SeedAsync();
        var all = Sorted(Ids(DalianRelations));

        var backward = new List<string>();
        string? before = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var rows = await Store.GetRelationsAsync(
                new RelationQuery([SampleGraph.Dalian.Id], RelationDirection.Both, size + 1, Before: before, FromEnd: true));
            Assert.Equal(rows.Select(r => r.Relation.Id.Value).OrderDescending(StringComparer.Ordinal), rows.Select(r => r.Relation.Id.Value));
            var page = PageBuilder.BuildEitherWay(rows, size, fromEnd: true, afterGiven: false, before is not null, r => r.Cursor);
            backward.InsertRange(0, page.Items.Select(i => i.Node.Relation.Id.Value));
            Assert.Equal(before is not null, page.HasNextPage);
            if (!page.HasPreviousPage)
            {
                break;
            }

            before = page.Items[0].Cursor;
        }

        Assert.Equal(all, backward);
    }

    [Fact]
    public async Task Each_anchor_gets_its_own_last_relations_from_the_end()
    {
        await SeedAsync();
        EntityId[] anchors = [SampleGraph.Dalian.Id, SampleGraph.Liaoning.Id, SampleGraph.China.Id, new EntityId("place_0000000000000000")];

        var relations = await Store.GetRelationsAsync(new RelationQuery(anchors, RelationDirection.Both, 2, FromEnd: true));

        var byAnchor = relations.GroupBy(r => r.Anchor).ToDictionary(g => g.Key, g => g.Select(r => r.Relation.Id.Value).ToArray());
        Assert.Equal(Sorted(Ids(DalianRelations)).Reverse().Take(2), byAnchor[SampleGraph.Dalian.Id]);
        Assert.Equal(
            Sorted(Ids([SampleGraph.DalianInLiaoning, SampleGraph.LiaoningInChina, SampleGraph.ShenyangInLiaoning])).Reverse().Take(2),
            byAnchor[SampleGraph.Liaoning.Id]);
        Assert.Equal([SampleGraph.LiaoningInChina.Id.Value], byAnchor[SampleGraph.China.Id]);
        Assert.Equal(3, byAnchor.Count);
    }

    [Theory]
    [InlineData(RelationDirection.Both, false)]
    [InlineData(RelationDirection.Both, true)]
    [InlineData(RelationDirection.Incoming, false)]
    [InlineData(RelationDirection.Incoming, true)]
    public async Task Both_cursors_bound_the_window_read_either_way(RelationDirection direction, bool fromEnd)
    {
        await SeedAsync();
        var list = Sorted(Ids(direction == RelationDirection.Both ? DalianRelations : DalianRelations.Skip(1)));
        var (after, before) = (list[0], list[^1]);

        var rows = await Store.GetRelationsAsync(
            new RelationQuery([SampleGraph.Dalian.Id], direction, 10, After: after, Before: before, FromEnd: fromEnd));
        var cut = await Store.GetRelationsAsync(
            new RelationQuery([SampleGraph.Dalian.Id], direction, 1, After: after, Before: before, FromEnd: fromEnd));

        var inside = list[1..^1];
        Assert.Equal(fromEnd ? inside.Reverse() : inside, rows.Select(r => r.Relation.Id.Value));
        Assert.Equal(fromEnd ? inside[^1] : inside[0], Assert.Single(cut).Relation.Id.Value);
    }

    [Fact]
    public async Task Typed_relations_from_the_end_keep_only_those_types()
    {
        await SeedAsync();

        var heldIn = await Store.GetRelationsAsync(
            new RelationQuery([SampleGraph.Dalian.Id], RelationDirection.Incoming, 1, [RelationType.HeldIn], FromEnd: true));

        Assert.Equal(Sorted(Ids([SampleGraph.ExpoInDalian, SampleGraph.DavosInDalian]))[^1], Assert.Single(heldIn).Relation.Id.Value);
    }

    [Fact]
    public async Task A_self_loop_is_listed_once_from_the_end_and_counts_stay_those_of_the_whole_list()
    {
        await SeedAsync();
        var loop = Relation.Create(RelationType.PartOf, SampleGraph.China.Id, SampleGraph.China.Id);
        await Store.UpsertAsync(FollowUp("中国", relations: [loop]));
        var query = new RelationQuery([SampleGraph.China.Id], RelationDirection.Both, 10, [RelationType.PartOf], FromEnd: true);

        var both = await Store.GetRelationsAsync(query);
        var counts = await Store.CountRelationsAsync(query with { Before = loop.Id.Value });

        Assert.Equal(loop.Id, Assert.Single(both).Relation.Id);
        Assert.Equal(1, counts[SampleGraph.China.Id]);
    }
}
