using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.GraphQL;

/// <summary>Nested fields cost one store call per nesting level, however many items a level holds.</summary>
public sealed class BatchLoadingTests
{
    private const string Query = """
        query($first: Int!) {
          companies(first: $first, where: { nameContains: "测试企业" }) {
            nodes {
              name
              location { name parent { name } }
              relations(first: 5) { edges { direction node { type } other { name } } }
            }
          }
        }
        """;

    [Fact]
    public async Task Fifty_companies_with_relations_and_locations_cost_the_same_store_calls_as_five()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };
        using var client = factory.CreateClient();
        await SeedAsync(factory, companies: 50);

        var five = await CountCallsAsync(factory, client, 5);
        var fifty = await CountCallsAsync(factory, client, 50);

        Assert.Equal(five, fifty);
        Assert.Equal(1, fifty["ListEntitiesAsync"]);

        // Levels: location relations and the relations connection (two slices), the entities they reach, the
        // parents' relations and entities: a fixed handful, never one per company.
        Assert.InRange(fifty.Values.Sum(), 4, 8);
    }

    [Fact]
    public async Task Every_company_gets_its_own_location_and_relations()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };
        using var client = factory.CreateClient();
        await SeedAsync(factory, companies: 50);

        var data = await client.QueryAsync(Query, new { first = 50 });

        var nodes = data["companies"]!["nodes"]!.AsArray();
        Assert.Equal(50, nodes.Count);
        foreach (var node in nodes)
        {
            var number = int.Parse(node!["name"]!.GetValue<string>()["测试企业".Length..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(City(number), node["location"]!["name"]!.GetValue<string>());
            Assert.Equal("辽宁省", node["location"]!["parent"]!["name"]!.GetValue<string>());
            Assert.Contains(node["relations"]!["edges"]!.AsArray(), e => e!["other"]!["name"]!.GetValue<string>() == City(number));
        }
    }

    [Fact]
    public async Task First_pages_of_fifty_companies_observations_cost_one_store_call()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };
        using var client = factory.CreateClient();
        await SeedAsync(factory, companies: 50);
        factory.Store.Reset();

        var data = await client.QueryAsync("""
            { companies(first: 50, where: { nameContains: "测试企业" }) { nodes { observations(first: 3) { nodes { value } pageInfo { hasNextPage } } } } }
            """);

        Assert.Equal(50, data["companies"]!["nodes"]!.AsArray().Count);
        Assert.Equal(1, factory.Store.Calls["GetObservationsAsync"]);
    }

    private static async Task<Dictionary<string, int>> CountCallsAsync(GraphServerFactory factory, HttpClient client, int first)
    {
        factory.Store.Reset();
        var data = await client.QueryAsync(Query, new { first });
        Assert.Equal(first, data["companies"]!["nodes"]!.AsArray().Count);
        return new Dictionary<string, int>(factory.Store.Calls);
    }

    private static string City(int number) => (number % 5) switch
    {
        0 => "沈阳市",
        1 => "大连市",
        2 => "鞍山市",
        3 => "抚顺市",
        _ => "本溪市",
    };

    private static async Task SeedAsync(GraphServerFactory factory, int companies)
    {
        var document = new DocumentInfo(StableIds.DocumentHash("seed"), "seed", "seed", null, null, 4);
        var article = Entity.Create(EntityKind.Article, "seed#1") with { Name = "种子" };
        var province = Entity.Create(EntityKind.Place, "辽宁省", subtype: "province");
        var cities = Enumerable.Range(0, 5).Select(i => Entity.Create(EntityKind.Place, City(i), subtype: "city")).ToList();
        var firms = Enumerable.Range(1, companies).Select(i => Entity.Create(EntityKind.Company, $"测试企业{i:D2}")).ToList();
        var relations = cities.Select(c => Relation.Create(RelationType.LocatedIn, c.Id, province.Id))
            .Concat(firms.Select((f, i) => Relation.Create(RelationType.LocatedIn, f.Id, cities[(i + 1) % 5].Id)))
            .Concat(firms.Select(f => Relation.Create(RelationType.Mentions, article.Id, f.Id)))
            .ToList();
        var batch = new GraphBatch(document, [article, province, .. cities, .. firms], relations, [], []);
        await factory.Store.Inner.UpsertAsync(batch);
    }
}
