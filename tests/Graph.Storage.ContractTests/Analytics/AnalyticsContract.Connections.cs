using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests.Analytics;

public abstract partial class AnalyticsContract
{
    [Fact]
    public async Task Connection_explains_shared_events_and_shared_articles()
    {
        var connection = await Analytics.ConnectionAsync(SampleGraph.WangJianguo.Id, SampleGraph.PortGroup.Id, 10);

        Assert.NotNull(connection);
        Assert.Empty(connection.Direct);
        Assert.Empty(connection.SharedNeighbors);
        var expo = Assert.Single(connection.SharedEvents);
        Assert.Equal(SampleGraph.DigitalExpo.Id, expo.Entity.Id);
        Assert.Equal(AnalyticsSample.WangAtExpo.Id, expo.ViaA.Id);
        Assert.Equal(SampleGraph.PortAtExpo.Id, expo.ViaB.Id);
        Assert.Equal(AnalyticsSample.Article2.Id, Assert.Single(connection.SharedArticles).Entity.Id);
        Assert.False(connection.Truncated);
    }

    [Fact]
    public async Task Connection_lists_direct_relations_and_shared_neighbors()
    {
        var connection = await Analytics.ConnectionAsync(SampleGraph.PortGroup.Id, SampleGraph.DigitalExpo.Id, 10);

        Assert.Equal(SampleGraph.PortAtExpo.Id, Assert.Single(connection!.Direct).Id);
        Assert.Equal(SampleGraph.Dalian.Id, Assert.Single(connection.SharedNeighbors).Entity.Id);
        Assert.Null(await Analytics.ConnectionAsync(SampleGraph.PortGroup.Id, new("event_0000000000000000"), 10));
    }
}
