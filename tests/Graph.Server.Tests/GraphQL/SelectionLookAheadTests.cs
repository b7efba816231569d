using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.GraphQL.Relay;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.GraphQL;

/// <summary>A traversal reads only what its selection shows: a neighborhood asked for its nodes reads no edges.</summary>
public sealed class SelectionLookAheadTests
{
    private const string EdgeRead = nameof(IGraphStore.GetRelationsAmongAsync);

    [Theory]
    [InlineData("nodes { distance entity { name } }")]
    [InlineData("nodes { entity { name } } truncated")]
    [InlineData("nodes { distance } edges @skip(if: true) { type }")]
    [InlineData("nodes { distance } edges @include(if: false) { type }")]
    [InlineData("... on Neighborhood { nodes { distance } }")]
    public async Task A_neighborhood_without_edges_in_its_selection_issues_no_edge_read(string selection)
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };
        using var client = factory.CreateClient();
        var center = await SeedAsync(factory);

        factory.Store.Reset();
        var data = await client.QueryAsync($"query($id: ID!) {{ neighborhood(id: $id, depth: 2, limit: 10) {{ {selection} }} }}", new { id = center });

        Assert.Equal(5, data["neighborhood"]!["nodes"]!.AsArray().Count);
        Assert.False(factory.Store.Calls.ContainsKey(EdgeRead), "the nodes-only neighborhood read its edges");
        Assert.True(factory.Store.Calls.ContainsKey(nameof(IGraphStore.GetStepsAsync)), "the walk itself must still run");
    }

    [Theory]
    [InlineData("nodes { distance } edges { type }")]
    [InlineData("edges { type }")]
    [InlineData("nodes { distance } links: edges { type }")]
    [InlineData("...Hood", "fragment Hood on Neighborhood { edges { type } }")]
    [InlineData("nodes { distance } edges @include(if: true) { type }")]
    public async Task A_neighborhood_asked_for_its_edges_still_reads_them_once(string selection, string fragments = "")
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };
        using var client = factory.CreateClient();
        var center = await SeedAsync(factory);

        factory.Store.Reset();
        var data = await client.QueryAsync(
            $"query($id: ID!) {{ hood: neighborhood(id: $id, depth: 2, limit: 10) {{ {selection} }} }} {fragments}", new { id = center });

        Assert.Equal(1, factory.Store.Calls.GetValueOrDefault(EdgeRead));
        var edges = data["hood"]!["edges"] ?? data["hood"]!["links"];
        Assert.Equal(4, edges!.AsArray().Count);
    }

    [Fact]
    public async Task Neighborhood_facets_read_relations_only_when_relation_types_are_asked()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };
        using var client = factory.CreateClient();
        var center = await SeedAsync(factory);

        factory.Store.Reset();
        var kinds = await client.QueryAsync("query($id: ID!) { facets(around: $id, depth: 2) { kinds { count } sampled } }", new { id = center });
        Assert.Equal(5, kinds["facets"]!["sampled"]!.GetValue<int>());
        Assert.False(factory.Store.Calls.ContainsKey(EdgeRead), "kind counts read the relations among the nodes");

        factory.Store.Reset();
        var types = await client.QueryAsync("query($id: ID!) { facets(around: $id, depth: 2) { relationTypes { count } } }", new { id = center });
        Assert.Equal(4, types["facets"]!["relationTypes"]![0]!["count"]!.GetValue<int>());
        Assert.Equal(1, factory.Store.Calls.GetValueOrDefault(EdgeRead));
    }

    // A province, three of its cities and a company in one of them: four LOCATED_IN relations, five nodes within two hops.
    private static async Task<string> SeedAsync(GraphServerFactory factory)
    {
        var document = new DocumentInfo(StableIds.DocumentHash("look-ahead"), "look-ahead", "look-ahead", null, null, 4);
        var province = Entity.Create(EntityKind.Place, "甲省", subtype: "province");
        var cities = Enumerable.Range(1, 3).Select(i => Entity.Create(EntityKind.Place, $"甲省第{i}市", subtype: "city")).ToList();
        var firm = Entity.Create(EntityKind.Company, "测试企业甲");
        List<Relation> relations =
        [
            .. cities.Select(c => Relation.Create(RelationType.LocatedIn, c.Id, province.Id)),
            Relation.Create(RelationType.LocatedIn, firm.Id, cities[0].Id),
        ];
        await factory.Store.Inner.UpsertAsync(new GraphBatch(document, [province, .. cities, firm], relations, [], []));
        return GlobalId.Encode(nameof(EntityKind.Place), province.Id.Value);
    }
}
