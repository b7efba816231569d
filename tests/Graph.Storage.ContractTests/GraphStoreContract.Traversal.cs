using Graph.Analytics;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

/// <summary>
/// The two reads traversals are built from, and the traversals themselves (Graph.Analytics) over this backend: the
/// neighborhood and shortest-path scenarios of this suite run through <see cref="NeighborhoodAsync"/> and
/// <see cref="ShortestPathAsync"/>.
/// </summary>
public abstract partial class GraphStoreContract
{
    private GraphAnalytics Traversals => new(Store, new AnalyticsOptions());

    protected Task<Neighborhood> NeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default) =>
        Traversals.NeighborhoodAsync(query, cancellationToken);

    protected Task<GraphPath?> ShortestPathAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        Traversals.ShortestPathAsync(query, cancellationToken);

    [Fact]
    public async Task The_steps_of_a_frontier_come_ordered_by_the_entity_reached_in_the_direction_and_types_asked_for()
    {
        await SeedAsync();

        var both = await Store.GetStepsAsync(new StepQuery([SampleGraph.Dalian.Id], RelationDirection.Both));
        var outgoing = await Store.GetStepsAsync(new StepQuery([SampleGraph.Dalian.Id], RelationDirection.Outgoing));
        var located = await Store.GetStepsAsync(new StepQuery([SampleGraph.Dalian.Id], RelationDirection.Both, [RelationType.LocatedIn]));
        var none = await Store.GetStepsAsync(new StepQuery([], RelationDirection.Both));

        Assert.False(both.Capped);
        Assert.All(both.Steps, s => Assert.Equal(SampleGraph.Dalian.Id, s.Anchor));
        Assert.Equal(DalianFirstHop.Select(e => e.Id).Order(), both.Steps.Select(s => s.Other));
        Assert.Contains(new RelationStep(SampleGraph.Dalian.Id, SampleGraph.PortGroup.Id, SampleGraph.PortInDalian.Id), both.Steps);
        Assert.Equal([SampleGraph.Liaoning.Id], outgoing.Steps.Select(s => s.Other));
        Assert.Equal(new[] { SampleGraph.Liaoning.Id, SampleGraph.PortGroup.Id }.Order(), located.Steps.Select(s => s.Other));
        Assert.Empty(none.Steps);
    }

    [Fact]
    public async Task A_cap_keeps_the_first_steps_by_relation_ID_per_entity_and_side_and_says_that_it_cut()
    {
        await SeedAsync();
        var firstIncoming = new[] { SampleGraph.PortInDalian, SampleGraph.ExpoInDalian, SampleGraph.DavosInDalian, SampleGraph.ArticleMentionsDalian }
            .Select(r => r.Id.Value).Order(StringComparer.Ordinal).First();

        var capped = await Store.GetStepsAsync(new StepQuery([SampleGraph.Dalian.Id], RelationDirection.Both, FirstPerEntity: 1));
        var roomy = await Store.GetStepsAsync(new StepQuery([SampleGraph.Dalian.Id], RelationDirection.Both, FirstPerEntity: 4));

        Assert.True(capped.Capped);
        Assert.Equal(
            new[] { SampleGraph.DalianInLiaoning.Id.Value, firstIncoming }.Order(StringComparer.Ordinal),
            capped.Steps.Select(s => s.Relation.Value).Order(StringComparer.Ordinal));
        Assert.False(roomy.Capped);
        Assert.Equal(5, roomy.Steps.Count);
        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => Store.GetStepsAsync(new StepQuery([SampleGraph.Dalian.Id], RelationDirection.Both, FirstPerEntity: 0)));
    }

    [Fact]
    public async Task The_relations_among_entities_are_those_with_both_ends_among_them_of_the_types_asked_for_by_ID()
    {
        await SeedAsync();
        EntityId[] among = [SampleGraph.Dalian.Id, SampleGraph.Liaoning.Id, SampleGraph.PortGroup.Id, SampleGraph.China.Id];

        var all = await Store.GetRelationsAmongAsync(among, null);
        var held = await Store.GetRelationsAmongAsync(among, [RelationType.HeldIn]);

        Assert.Equal(
            new[] { SampleGraph.DalianInLiaoning, SampleGraph.LiaoningInChina, SampleGraph.PortInDalian }.Select(r => r.Id.Value).Order(StringComparer.Ordinal),
            all.Select(r => r.Id.Value));
        Assert.Empty(held);
        Assert.Empty(await Store.GetRelationsAmongAsync([], null));
    }

    [Fact]
    public async Task A_traversal_walks_no_excluded_relation_type_and_reaches_no_excluded_kind_but_keeps_the_ends_it_was_given()
    {
        await SeedAsync();
        var exclude = new TraversalFilter([RelationType.HeldIn], [EntityKind.Article]);

        var hood = await NeighborhoodAsync(new NeighborhoodQuery(SampleGraph.Dalian.Id, 1, 100, Exclude: exclude));
        var noPlaces = await ShortestPathAsync(
            new PathQuery(SampleGraph.Shenyang.Id, SampleGraph.PortGroup.Id, 5, Exclude: new TraversalFilter([RelationType.LocatedIn])));
        var toAnArticle = await ShortestPathAsync(new PathQuery(SampleGraph.Dalian.Id, SampleGraph.Article.Id, 3, Exclude: exclude));

        Assert.Equal(
            new[] { SampleGraph.Dalian.Id, SampleGraph.Liaoning.Id, SampleGraph.PortGroup.Id }.Order(),
            hood.Nodes.Select(n => n.Entity.Id).Order());
        Assert.Equal(
            new[] { SampleGraph.DalianInLiaoning.Id.Value, SampleGraph.PortInDalian.Id.Value }.Order(StringComparer.Ordinal),
            hood.Edges.Select(e => e.Id.Value));
        Assert.Null(noPlaces);
        Assert.Equal(1, toAnArticle?.Length);
        Assert.NotNull(await ShortestPathAsync(new PathQuery(SampleGraph.Shenyang.Id, SampleGraph.PortGroup.Id, 5)));
    }
}
