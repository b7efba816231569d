using System.Text.Json.Nodes;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.GraphQL;

/// <summary>The README's tour, run against the bundled sample graph exactly as a first-time user would.</summary>
public sealed class TourQueryTests : IClassFixture<GraphServerFactory>
{
    private readonly HttpClient _client;

    public TourQueryTests(GraphServerFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task The_summit_query_lists_its_participants_with_their_locations()
    {
        var data = await _client.QueryAsync(TourQueries.SummitParticipants);

        var summit = data["events"]!["nodes"]!.AsArray().Single()!;
        Assert.Equal("第八届数字中国建设峰会", summit["name"]!.GetValue<string>());
        Assert.Equal("2025-04-29", summit["startDate"]!.GetValue<string>());
        Assert.Equal("福州市", summit["place"]!["name"]!.GetValue<string>());
        var company = summit["participants"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "朝阳市加华电子有限公司")!;
        Assert.Equal("朝阳市", company["location"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_connection_query_finds_a_semantic_path_or_names_the_co_mentions()
    {
        var ids = await _client.QueryAsync(TourQueries.FindWangAndDalian);
        var wang = ids["people"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var dalian = ids["places"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var data = await _client.QueryAsync(TourQueries.Connection, new { from = wang, to = dalian });

        // Semantic relations only by default: either a path of them, or none and the texts' co-mentions instead.
        if (data["shortestPath"] is JsonObject path)
        {
            var nodes = path["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();
            Assert.Equal(("王彦青", "大连市"), (nodes[0], nodes[^1]));
            Assert.All(path["edges"]!.AsArray(), e => Assert.DoesNotContain(e!["type"]!.GetValue<string>(), new[] { "MENTIONS", "PUBLISHED_BY" }));
            Assert.All(path["nodes"]!.AsArray(), n => Assert.NotEqual("ARTICLE", n!["kind"]!.GetValue<string>()));
        }
        else
        {
            var connection = data["connection"]!;
            Assert.True(connection["sharedArticles"]!.AsArray().Count + connection["coMentioned"]!.AsArray().Count > 0);
            Assert.All(connection["coMentioned"]!.AsArray(), m => Assert.NotEqual("ARTICLE", m!["entity"]!["kind"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task The_indicator_query_returns_Dalians_first_quarter_outsourcing_figures()
    {
        var data = await _client.QueryAsync(TourQueries.DalianOutsourcing);

        var observations = data["places"]!["nodes"]![0]!["observations"]!["nodes"]!.AsArray();
        var signed = observations.Single(o => o!["indicator"]!["name"]!.GetValue<string>() == "服务外包合同签约额")!;
        Assert.Equal(167850, signed["value"]!.GetValue<double>());
        Assert.Equal("万美元", signed["unit"]!.GetValue<string>());
        Assert.Equal(1_678_500_000, signed["normalizedValue"]!.GetValue<double>());
        Assert.Equal("USD", signed["baseUnit"]!.GetValue<string>());
        Assert.Equal("2025-01-01", signed["periodStart"]!.GetValue<string>());
        Assert.Equal("2025-03-31", signed["periodEnd"]!.GetValue<string>());
        Assert.Equal(57, signed["yoyPct"]!.GetValue<double>());
        Assert.Contains(observations, o => o!["yoyPct"]?.GetValue<double>() == -35);
        Assert.All(observations, o => Assert.NotEmpty(o!["evidence"]!.AsArray()));
        // The bundled sample graph holds offsets, not the newsletter's text: no snippet, but the article and date are there.
        var evidence = observations.SelectMany(o => o!["evidence"]!.AsArray()).ToList();
        Assert.All(evidence, e => Assert.Null(e!["snippet"]));
        Assert.All(evidence, e => Assert.Equal("2025-04-01", e!["publishedAt"]!.GetValue<string>()));
        Assert.All(evidence, e => Assert.False(string.IsNullOrEmpty(e!["articleTitle"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Search_finds_Dalian_from_two_characters()
    {
        var data = await _client.QueryAsync("""{ search(text: "大连", first: 20) { nodes { name kind } } }""");

        Assert.Contains(data["search"]!["nodes"]!.AsArray(), n => n!["name"]!.GetValue<string>() == "大连市");
    }

    [Fact]
    public async Task Every_entity_and_observation_can_be_refetched_by_its_global_id()
    {
        var data = await _client.QueryAsync("""
            { companies(first: 5) { nodes { id name } }
              observations(first: 5) { nodes { id value } } }
            """);
        var ids = data["companies"]!["nodes"]!.AsArray().Concat(data["observations"]!["nodes"]!.AsArray())
            .Select(n => n!["id"]!.GetValue<string>()).ToList();

        var refetched = await _client.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal(ids, refetched["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
    }
}
