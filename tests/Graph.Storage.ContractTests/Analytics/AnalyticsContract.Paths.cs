using Graph.Analytics.Paths;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests.Analytics;

public abstract partial class AnalyticsContract
{
    [Fact]
    public async Task Paths_lists_the_shortest_path_first_then_near_shortest_ones()
    {
        var set = await Analytics.PathsAsync(new PathsQuery(SampleGraph.Shenyang.Id, SampleGraph.PortGroup.Id, 4, 5));

        Assert.Equal(2, set.ShortestLength);
        Assert.Equal([2, 3, 3], set.Paths.Select(p => p.Length));
        Assert.Equal(["沈阳市", "中国", "大连港集团"], Names(set.Paths[0].Nodes));
        Assert.Contains(set.Paths, p => Names(p.Nodes).SequenceEqual(["沈阳市", "辽宁省", "大连市", "大连港集团"]));
        Assert.Contains(set.Paths, p => Names(p.Nodes).SequenceEqual(["沈阳市", "辽宁省", "中国", "大连港集团"]));
        Assert.All(set.Paths, AssertJoined);
        // 中国 has more relations than the fan-out allows, and the search says so.
        Assert.True(set.Truncated);
    }

    [Fact]
    public async Task Paths_stop_at_first_and_at_the_length_bound()
    {
        var one = await Analytics.PathsAsync(new PathsQuery(SampleGraph.Shenyang.Id, SampleGraph.PortGroup.Id, 4, 1));
        var tooShort = await Analytics.PathsAsync(new PathsQuery(SampleGraph.Shenyang.Id, SampleGraph.PortGroup.Id, 1, 5));
        var onlyShortest = await Analytics.PathsAsync(new PathsQuery(SampleGraph.Shenyang.Id, SampleGraph.PortGroup.Id, 2, 5));

        Assert.Equal(2, Assert.Single(one.Paths).Length);
        Assert.Empty(tooShort.Paths);
        Assert.Null(tooShort.ShortestLength);
        Assert.Equal(2, Assert.Single(onlyShortest.Paths).Length);
    }

    [Fact]
    public async Task Paths_can_follow_only_some_relation_types()
    {
        var set = await Analytics.PathsAsync(new PathsQuery(
            SampleGraph.PortGroup.Id, SampleGraph.Dalian.Id, 4, 5, [RelationType.ParticipatedIn, RelationType.HeldIn]));

        Assert.Equal(["大连港集团", "中国国际数字经济博览会", "大连市"], Names(set.Paths[0].Nodes));
        Assert.All(set.Paths, p => Assert.All(p.Edges, e => Assert.True(e.Type is RelationType.ParticipatedIn or RelationType.HeldIn)));
    }

    [Fact]
    public async Task Paths_between_separate_components_or_to_an_unknown_entity_are_empty()
    {
        var apart = await Analytics.PathsAsync(new PathsQuery(SampleGraph.Rcep.Id, SampleGraph.Dalian.Id, 6, 5));
        var unknown = await Analytics.PathsAsync(new PathsQuery(SampleGraph.Dalian.Id, new("place_0000000000000000"), 6, 5));
        var self = await Analytics.PathsAsync(new PathsQuery(SampleGraph.Dalian.Id, SampleGraph.Dalian.Id, 6, 5));

        Assert.Empty(apart.Paths);
        Assert.Empty(unknown.Paths);
        Assert.Equal(0, Assert.Single(self.Paths).Length);
    }

    private static void AssertJoined(GraphPath path)
    {
        Assert.Equal(path.Nodes.Count, path.Edges.Count + 1);
        Assert.Equal(path.Nodes.Count, path.Nodes.Select(n => n.Id).Distinct().Count());
        for (var i = 0; i < path.Edges.Count; i++)
        {
            var (a, b, edge) = (path.Nodes[i].Id, path.Nodes[i + 1].Id, path.Edges[i]);
            Assert.True(
                (edge.From == a && edge.To == b) || (edge.From == b && edge.To == a), $"Edge {i} does not join nodes {i} and {i + 1}.");
        }
    }
}
