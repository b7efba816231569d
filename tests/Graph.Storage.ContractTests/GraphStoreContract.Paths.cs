using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task A_shortest_path_ignores_direction_and_lists_nodes_and_edges_in_order()
    {
        await SeedAsync();

        var path = await ShortestPathAsync(new PathQuery(SampleGraph.Shenyang.Id, SampleGraph.PortGroup.Id, 5));

        Assert.NotNull(path);
        Assert.Equal(3, path.Length);
        Assert.Equal(Ids([SampleGraph.Shenyang, SampleGraph.Liaoning, SampleGraph.Dalian, SampleGraph.PortGroup]), Ids(path.Nodes));
        Assert.Equal(Ids([SampleGraph.ShenyangInLiaoning, SampleGraph.DalianInLiaoning, SampleGraph.PortInDalian]), Ids(path.Edges));
        AssertConnected(path);
    }

    [Fact]
    public async Task The_shortest_of_several_paths_is_found()
    {
        await SeedAsync();

        var path = await ShortestPathAsync(new PathQuery(SampleGraph.PortGroup.Id, SampleGraph.Dalian.Id, 4));
        var longer = await ShortestPathAsync(new PathQuery(SampleGraph.DalianDaily.Id, SampleGraph.China.Id, 6));

        Assert.Equal(SampleGraph.PortInDalian.Id, Assert.Single(path!.Edges).Id);
        Assert.Equal(4, longer!.Length);
        AssertConnected(longer);
    }

    [Fact]
    public async Task No_path_is_found_beyond_the_length_bound_or_between_separate_components()
    {
        await SeedAsync();

        Assert.Null(await ShortestPathAsync(new PathQuery(SampleGraph.Shenyang.Id, SampleGraph.PortGroup.Id, 2)));
        Assert.Null(await ShortestPathAsync(new PathQuery(SampleGraph.WangJianguo.Id, SampleGraph.Dalian.Id, 10)));
        Assert.Null(await ShortestPathAsync(new PathQuery(SampleGraph.Dalian.Id, new EntityId("place_0000000000000000"), 10)));
    }

    [Fact]
    public async Task A_path_can_be_limited_to_some_relation_types()
    {
        await SeedAsync();

        var path = await ShortestPathAsync(
            new PathQuery(SampleGraph.PortGroup.Id, SampleGraph.Dalian.Id, 4, [RelationType.ParticipatedIn, RelationType.HeldIn]));
        var none = await ShortestPathAsync(
            new PathQuery(SampleGraph.Shenyang.Id, SampleGraph.PortGroup.Id, 6, [RelationType.HeldIn, RelationType.ParticipatedIn]));

        Assert.NotNull(path);
        Assert.Equal(Ids([SampleGraph.PortGroup, SampleGraph.DigitalExpo, SampleGraph.Dalian]), Ids(path.Nodes));
        Assert.Equal(Ids([SampleGraph.PortAtExpo, SampleGraph.ExpoInDalian]), Ids(path.Edges));
        Assert.Null(none);
    }

    [Fact]
    public async Task The_path_from_a_node_to_itself_is_that_node_alone()
    {
        await SeedAsync();

        var path = await ShortestPathAsync(new PathQuery(SampleGraph.Dalian.Id, SampleGraph.Dalian.Id, 0));

        Assert.NotNull(path);
        Assert.Equal(0, path.Length);
        Assert.Equal(SampleGraph.Dalian.Id, Assert.Single(path.Nodes).Id);
    }

    private static void AssertConnected(GraphPath path)
    {
        Assert.Equal(path.Nodes.Count, path.Edges.Count + 1);
        for (var i = 0; i < path.Edges.Count; i++)
        {
            var (a, b) = (path.Nodes[i].Id, path.Nodes[i + 1].Id);
            var edge = path.Edges[i];
            Assert.True(
                (edge.From == a && edge.To == b) || (edge.From == b && edge.To == a), $"Edge {i} does not join nodes {i} and {i + 1}.");
        }
    }
}
