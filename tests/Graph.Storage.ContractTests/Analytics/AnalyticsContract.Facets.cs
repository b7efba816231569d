using Graph.Analytics.Impact;
using Graph.Analytics.Paths;
using Graph.Analytics.Series;
using Graph.Analytics.Timelines;
using Graph.Domain.Model;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests.Analytics;

public abstract partial class AnalyticsContract
{
    [Fact]
    public async Task Search_facets_count_the_kinds_of_the_hits_and_the_types_of_their_relations()
    {
        var facets = await Analytics.SearchFacetsAsync("大连", null);

        Assert.Contains(facets.Kinds, f => f.Value == EntityKind.Place && f.Count == 1);
        Assert.Contains(facets.Kinds, f => f.Value == EntityKind.Company && f.Count == 1);
        Assert.Contains(facets.RelationTypes, f => f.Value == RelationType.LocatedIn && f.Count >= 3);
        Assert.Equal(facets.Sampled, facets.Kinds.Sum(f => f.Count));
        Assert.True(facets.Complete);
    }

    [Fact]
    public async Task Neighborhood_facets_count_the_kinds_of_the_nodes_and_the_types_of_the_edges()
    {
        var facets = await Analytics.NeighborhoodFacetsAsync(SampleGraph.Dalian.Id, 1);

        Assert.Contains(facets.Kinds, f => f.Value == EntityKind.Event && f.Count == 2);
        Assert.Contains(facets.Kinds, f => f.Value == EntityKind.Place && f.Count == 2);
        Assert.Contains(facets.RelationTypes, f => f.Value == RelationType.HeldIn && f.Count == 2);
        Assert.True(facets.Complete);
    }

    public static TheoryData<string> Queries { get; } =
        ["impact", "paths", "connection", "series", "compare", "timeline", "searchFacets", "facets"];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Every_query_honours_a_cancelled_token(string query)
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var token = cancellation.Token;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => query switch
        {
            "impact" => Analytics.PolicyImpactAsync(new PolicyImpactQuery(SampleGraph.DataPolicy.Id, 3, 10), token),
            "paths" => Analytics.PathsAsync(new PathsQuery(SampleGraph.Shenyang.Id, SampleGraph.PortGroup.Id, 4, 5), token),
            "connection" => Analytics.ConnectionAsync(SampleGraph.Shenyang.Id, SampleGraph.Dalian.Id, 5, token),
            "series" => Analytics.SeriesAsync(new SeriesQuery(SampleGraph.Gdp.Id, [SampleGraph.Dalian.Id], null, null), token),
            "compare" => Analytics.CompareAsync(new ComparisonQuery(SampleGraph.Gdp.Id, new(2024, 1, 1), new(2024, 12, 31), 5), token),
            "timeline" => Analytics.TimelineAsync(new TimelineQuery(SampleGraph.Dalian.Id, null, null, 5), token),
            "searchFacets" => Analytics.SearchFacetsAsync("大连", null, token),
            _ => (Task)Analytics.NeighborhoodFacetsAsync(SampleGraph.Dalian.Id, 1, token),
        });
    }
}
