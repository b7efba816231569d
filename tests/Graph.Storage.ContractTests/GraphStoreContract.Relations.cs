using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

public abstract partial class GraphStoreContract
{
    private static readonly Relation[] DalianRelations =
    [
        SampleGraph.DalianInLiaoning, SampleGraph.PortInDalian, SampleGraph.ExpoInDalian, SampleGraph.DavosInDalian,
        SampleGraph.ArticleMentionsDalian,
    ];

    [Fact]
    public async Task Relations_follow_the_asked_direction()
    {
        await SeedAsync();

        var outgoing = await Store.GetRelationsAsync(new RelationQuery([SampleGraph.Dalian.Id], RelationDirection.Outgoing, 10));
        var incoming = await Store.GetRelationsAsync(new RelationQuery([SampleGraph.Dalian.Id], RelationDirection.Incoming, 10));
        var both = await Store.GetRelationsAsync(new RelationQuery([SampleGraph.Dalian.Id], RelationDirection.Both, 10));

        Assert.Equal(SampleGraph.DalianInLiaoning.Id, Assert.Single(outgoing).Relation.Id);
        Assert.Equal(SampleGraph.Liaoning.Id, outgoing[0].Other);
        Assert.Equal(Sorted(Ids(DalianRelations.Skip(1))), Sorted(incoming.Select(r => r.Relation.Id.Value)));
        Assert.Equal(Sorted(Ids(DalianRelations)), both.Select(r => r.Relation.Id.Value));
        Assert.All(both, r => Assert.Equal(SampleGraph.Dalian.Id, r.Anchor));
    }

    [Fact]
    public async Task Relations_can_be_limited_to_some_types()
    {
        await SeedAsync();

        var heldIn = await Store.GetRelationsAsync(
            new RelationQuery([SampleGraph.Dalian.Id], RelationDirection.Both, 10, [RelationType.HeldIn]));
        var worksFor = await Store.GetRelationsAsync(
            new RelationQuery(
                [SampleGraph.WangJianguo.Id, SampleGraph.Miit.Id],
                RelationDirection.Both,
                10,
                [RelationType.WorksFor, RelationType.IssuedBy]));

        Assert.Equal(Sorted(Ids([SampleGraph.ExpoInDalian, SampleGraph.DavosInDalian])), Sorted(heldIn.Select(r => r.Relation.Id.Value)));
        Assert.Equal(2, worksFor.Count);
        Assert.All(worksFor, r => Assert.Equal(SampleGraph.WangWorksForMiit.Id, r.Relation.Id));
        Assert.Equal(Sorted(Ids([SampleGraph.WangJianguo, SampleGraph.Miit])), Sorted(worksFor.Select(r => r.Anchor.Value)));
        Assert.Equal("司长", worksFor[0].Relation.Properties[RelationProperties.Role]);
    }

    [Fact]
    public async Task Each_anchor_gets_at_most_its_own_limit_in_relation_id_order()
    {
        await SeedAsync();
        EntityId[] anchors = [SampleGraph.Dalian.Id, SampleGraph.Liaoning.Id, SampleGraph.China.Id, new EntityId("place_0000000000000000")];

        var relations = await Store.GetRelationsAsync(new RelationQuery(anchors, RelationDirection.Both, 2));

        var byAnchor = relations.GroupBy(r => r.Anchor).ToDictionary(g => g.Key, g => g.Select(r => r.Relation.Id.Value).ToArray());
        Assert.Equal(Sorted(Ids(DalianRelations)).Take(2), byAnchor[SampleGraph.Dalian.Id]);
        Assert.Equal(
            Sorted(Ids([SampleGraph.DalianInLiaoning, SampleGraph.LiaoningInChina, SampleGraph.ShenyangInLiaoning])).Take(2),
            byAnchor[SampleGraph.Liaoning.Id]);
        Assert.Equal([SampleGraph.LiaoningInChina.Id.Value], byAnchor[SampleGraph.China.Id]);
        Assert.Equal(3, byAnchor.Count);
    }

    [Fact]
    public async Task A_relation_cursor_resumes_after_that_relation()
    {
        await SeedAsync();
        var seen = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await Store.GetRelationsAsync(new RelationQuery([SampleGraph.Dalian.Id], RelationDirection.Both, 2, After: after));
            if (page.Count == 0)
            {
                break;
            }

            seen.AddRange(page.Select(r => r.Relation.Id.Value));
            after = page[^1].Cursor;
        }

        Assert.Equal(Sorted(Ids(DalianRelations)), seen);
    }

    [Fact]
    public async Task Relations_of_no_anchors_or_with_a_zero_limit_are_empty()
    {
        await SeedAsync();

        Assert.Empty(await Store.GetRelationsAsync(new RelationQuery([], RelationDirection.Both, 10)));
        Assert.Empty(await Store.GetRelationsAsync(new RelationQuery([SampleGraph.Dalian.Id], RelationDirection.Both, 0)));
    }

    [Fact]
    public async Task A_self_loop_is_listed_once_for_both_directions()
    {
        await SeedAsync();
        var loop = Relation.Create(RelationType.PartOf, SampleGraph.China.Id, SampleGraph.China.Id);
        await Store.UpsertAsync(FollowUp("中国", relations: [loop]));

        var both = await Store.GetRelationsAsync(
            new RelationQuery([SampleGraph.China.Id], RelationDirection.Both, 10, [RelationType.PartOf]));

        Assert.Equal(loop.Id, Assert.Single(both).Relation.Id);
        Assert.Equal(SampleGraph.China.Id, both[0].Other);
    }
}
