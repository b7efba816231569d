using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

public abstract partial class GraphStoreContract
{
    private static readonly Entity[] DalianFirstHop =
        [SampleGraph.Liaoning, SampleGraph.PortGroup, SampleGraph.DigitalExpo, SampleGraph.SummerDavos, SampleGraph.Article];

    private static readonly Entity[] DalianSecondHop = [SampleGraph.China, SampleGraph.Shenyang, SampleGraph.DalianDaily];

    [Fact]
    public async Task A_one_hop_neighborhood_holds_the_center_its_neighbours_and_the_edges_among_them()
    {
        await SeedAsync();

        var hood = await NeighborhoodAsync(new NeighborhoodQuery(SampleGraph.Dalian.Id, 1, 100));

        Assert.False(hood.Truncated);
        Assert.Equal(SampleGraph.Dalian.Id, hood.Nodes[0].Entity.Id);
        Assert.Equal(0, hood.Nodes[0].Distance);
        Assert.Equal(Sorted(Ids(DalianFirstHop)), Sorted(hood.Nodes.Skip(1).Select(n => n.Entity.Id.Value)));
        Assert.All(hood.Nodes.Skip(1), n => Assert.Equal(1, n.Distance));
        Assert.Equal(
            Sorted(Ids([.. DalianRelations, SampleGraph.PortAtExpo])),
            Sorted(Ids(hood.Edges)));
    }

    [Fact]
    public async Task A_two_hop_neighborhood_reports_each_node_at_its_least_distance()
    {
        await SeedAsync();

        var hood = await NeighborhoodAsync(new NeighborhoodQuery(SampleGraph.Dalian.Id, 2, 100));

        var distances = hood.Nodes.ToDictionary(n => n.Entity.Id, n => n.Distance);
        Assert.Equal(1 + DalianFirstHop.Length + DalianSecondHop.Length, distances.Count);
        Assert.All(DalianFirstHop, e => Assert.Equal(1, distances[e.Id]));
        Assert.All(DalianSecondHop, e => Assert.Equal(2, distances[e.Id]));
        Assert.Equal(hood.Nodes.Select(n => n.Distance).Order(), hood.Nodes.Select(n => n.Distance));
        Assert.Equal(9, hood.Edges.Count);
        Assert.All(hood.Edges, e => Assert.True(distances.ContainsKey(e.From) && distances.ContainsKey(e.To)));
        Assert.False(hood.Truncated);
    }

    [Fact]
    public async Task The_node_limit_cuts_the_neighborhood_and_says_so()
    {
        await SeedAsync();

        var cut = await NeighborhoodAsync(new NeighborhoodQuery(SampleGraph.Dalian.Id, 2, 3));
        var cutAtLevel = await NeighborhoodAsync(new NeighborhoodQuery(SampleGraph.Dalian.Id, 2, 1 + DalianFirstHop.Length));
        var exact = await NeighborhoodAsync(new NeighborhoodQuery(SampleGraph.Dalian.Id, 2, 9));

        Assert.True(cut.Truncated);
        Assert.Equal(3, cut.Nodes.Count);
        Assert.Equal(SampleGraph.Dalian.Id, cut.Nodes[0].Entity.Id);
        Assert.All(cut.Nodes.Skip(1), n => Assert.Equal(1, n.Distance));
        var kept = cut.Nodes.Select(n => n.Entity.Id).ToHashSet();
        Assert.All(cut.Edges, e => Assert.True(kept.Contains(e.From) && kept.Contains(e.To)));
        Assert.True(cutAtLevel.Truncated);
        Assert.Equal(1 + DalianFirstHop.Length, cutAtLevel.Nodes.Count);
        Assert.False(exact.Truncated);
        Assert.Equal(9, exact.Nodes.Count);
    }

    [Fact]
    public async Task A_neighborhood_can_follow_only_some_types_or_one_direction()
    {
        await SeedAsync();

        var located = await NeighborhoodAsync(new NeighborhoodQuery(SampleGraph.Dalian.Id, 2, 100, [RelationType.LocatedIn]));
        var outgoing = await NeighborhoodAsync(
            new NeighborhoodQuery(SampleGraph.Dalian.Id, 2, 100, Direction: RelationDirection.Outgoing));
        var incoming = await NeighborhoodAsync(
            new NeighborhoodQuery(SampleGraph.Dalian.Id, 2, 100, Direction: RelationDirection.Incoming));

        Assert.Equal(
            Sorted(Ids([SampleGraph.Dalian, SampleGraph.Liaoning, SampleGraph.PortGroup, SampleGraph.China, SampleGraph.Shenyang])),
            Sorted(located.Nodes.Select(n => n.Entity.Id.Value)));
        Assert.All(located.Edges, e => Assert.Equal(RelationType.LocatedIn, e.Type));
        Assert.Equal(4, located.Edges.Count);
        Assert.Equal(
            [(SampleGraph.Dalian.Id, 0), (SampleGraph.Liaoning.Id, 1), (SampleGraph.China.Id, 2)],
            outgoing.Nodes.Select(n => (n.Entity.Id, n.Distance)));
        Assert.Equal(
            Sorted(Ids([SampleGraph.Dalian, SampleGraph.PortGroup, SampleGraph.DigitalExpo, SampleGraph.SummerDavos, SampleGraph.Article])),
            Sorted(incoming.Nodes.Select(n => n.Entity.Id.Value)));
    }

    [Fact]
    public async Task A_zero_depth_neighborhood_is_the_center_alone_and_an_unknown_center_is_empty()
    {
        await SeedAsync();

        var alone = await NeighborhoodAsync(new NeighborhoodQuery(SampleGraph.Dalian.Id, 0, 10));
        var unknown = await NeighborhoodAsync(new NeighborhoodQuery(new EntityId("place_0000000000000000"), 2, 10));

        Assert.Equal(SampleGraph.Dalian.Id, Assert.Single(alone.Nodes).Entity.Id);
        Assert.Empty(alone.Edges);
        Assert.Empty(unknown.Nodes);
        Assert.Empty(unknown.Edges);
        Assert.False(unknown.Truncated);
    }
}
