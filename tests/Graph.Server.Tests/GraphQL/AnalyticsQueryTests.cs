using System.Text.Json.Nodes;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.GraphQL;

/// <summary>The analysts' fields (policyImpact, paths, connection, series, compare, timeline, facets) on the bundled sample graph.</summary>
public sealed class AnalyticsQueryTests : IClassFixture<GraphServerFactory>
{
    private readonly HttpClient _client;

    public AnalyticsQueryTests(GraphServerFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Policy_impact_follows_a_policy_to_the_industries_it_affects_with_polarity_and_evidence()
    {
        var policy = await IdAsync("policies", "人工智能+");

        var data = await _client.QueryAsync("""
            query($policy: ID!) {
              policyImpact(policy: $policy, maxDepth: 3, first: 10) {
                policy { name }
                chainCount
                truncated
                chains { length polarity support nodes { name } links { relation { type polarity } evidence { start length } } }
                reached { entity { name } depth polarity }
              }
            }
            """, new { policy });

        var impact = data["policyImpact"]!;
        Assert.Equal("“人工智能+”行动", impact["policy"]!["name"]!.GetValue<string>());
        var chains = impact["chains"]!.AsArray();
        Assert.Equal("人工智能", chains[0]!["nodes"]![1]!["name"]!.GetValue<string>());
        Assert.Equal("NEUTRAL", chains[0]!["polarity"]!.GetValue<string>());
        var manufacturing = chains.Single(c => Last(c!["nodes"]!) == "制造业")!;
        Assert.Equal(2, manufacturing["length"]!.GetValue<int>());
        Assert.Equal("NEGATIVE", manufacturing["polarity"]!.GetValue<string>());
        Assert.Equal("-", manufacturing["links"]![1]!["relation"]!["polarity"]!.GetValue<string>());
        Assert.All(manufacturing["links"]!.AsArray(), l => Assert.NotEmpty(l!["evidence"]!.AsArray()));
        Assert.Equal("POSITIVE", chains.Single(c => Last(c!["nodes"]!) == "海洋产业")!["polarity"]!.GetValue<string>());
        Assert.Contains(impact["reached"]!.AsArray(), r => r!["entity"]!["name"]!.GetValue<string>() == "外包服务业" && r["depth"]!.GetValue<int>() == 2);
    }

    [Fact]
    public async Task Paths_returns_several_paths_the_first_as_short_as_shortestPath()
    {
        var wang = await IdAsync("people", "王彦青");
        var dalian = await IdAsync("places", "大连市");

        var data = await _client.QueryAsync("""
            query($from: ID!, $to: ID!) {
              paths(from: $from, to: $to, maxLength: 6, first: 3, includeMentions: true) { shortestLength truncated paths { length nodes { name } } }
              shortestPath(from: $from, to: $to, maxLength: 6, includeMentions: true) { length }
              semantic: paths(from: $from, to: $to, maxLength: 6, first: 3) { paths { edges { type } nodes { kind } } }
            }
            """, new { from = wang, to = dalian });

        var paths = data["paths"]!["paths"]!.AsArray();
        Assert.NotEmpty(paths);
        var semantic = data["semantic"]!["paths"]!.AsArray();
        Assert.All(semantic, p => Assert.All(p!["edges"]!.AsArray(), e => Assert.NotEqual("MENTIONS", e!["type"]!.GetValue<string>())));
        Assert.All(semantic, p => Assert.All(p!["nodes"]!.AsArray(), n => Assert.NotEqual("ARTICLE", n!["kind"]!.GetValue<string>())));
        Assert.Equal(data["shortestPath"]!["length"]!.GetValue<int>(), data["paths"]!["shortestLength"]!.GetValue<int>());
        Assert.Equal(data["shortestPath"]!["length"]!.GetValue<int>(), paths[0]!["length"]!.GetValue<int>());
        Assert.All(paths, p => Assert.Equal("王彦青", p!["nodes"]![0]!["name"]!.GetValue<string>()));
        Assert.All(paths, p => Assert.Equal("大连市", Last(p!["nodes"]!)));
        Assert.Equal(paths.Select(p => p!["length"]!.GetValue<int>()).Order(), paths.Select(p => p!["length"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Connection_explains_a_policy_and_the_industry_it_targets()
    {
        var policy = await IdAsync("policies", "人工智能+");
        var industry = await IdAsync("industries", "人工智能");

        var data = await _client.QueryAsync("""
            query($a: ID!, $b: ID!) {
              connection(a: $a, b: $b) {
                a { name } b { name }
                direct { type }
                sharedArticles { entity { name } viaA { type } viaB { type } }
                sharedNeighbors { entity { name } }
                sharedEvents { entity { name } }
                truncated
              }
            }
            """, new { a = policy, b = industry });

        var connection = data["connection"]!;
        Assert.Equal("TARGETS", connection["direct"]![0]!["type"]!.GetValue<string>());
        var article = connection["sharedArticles"]!.AsArray().First()!;
        Assert.Equal("MENTIONS", article["viaA"]!["type"]!.GetValue<string>());
        Assert.False(connection["truncated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Series_and_compare_give_Dalians_outsourcing_figures_in_base_units()
    {
        var indicator = await IdAsync("indicators", "服务外包合同签约额");
        var dalian = await IdAsync("places", "大连市");

        var data = await _client.QueryAsync("""
            query($indicator: ID!, $dalian: ID!) {
              series(indicator: $indicator, subjects: [$dalian]) {
                subject { name }
                points { periodStart periodEnd value unit normalizedValue baseUnit yoyPct yoyComputed observation { evidence { start } } }
              }
              compare(indicator: $indicator, from: "2025-01-01", to: "2025-03-31") {
                baseUnit subjectCount rows { rank subject { name } point { normalizedValue } }
              }
            }
            """, new { indicator, dalian });

        var points = data["series"]![0]!["points"]!.AsArray();
        var quarter = points.Single(p => p!["periodStart"]!.GetValue<string>() == "2025-01-01" && p["periodEnd"]!.GetValue<string>() == "2025-03-31")!;
        Assert.Equal(1_678_500_000, quarter["normalizedValue"]!.GetValue<double>());
        Assert.Equal("USD", quarter["baseUnit"]!.GetValue<string>());
        Assert.Equal(57, quarter["yoyPct"]!.GetValue<double>());
        Assert.False(quarter["yoyComputed"]!.GetValue<bool>());
        var compare = data["compare"]!;
        Assert.Equal("USD", compare["baseUnit"]!.GetValue<string>());
        Assert.Equal(1, compare["rows"]![0]!["rank"]!.GetValue<int>());
        Assert.Contains(compare["rows"]!.AsArray(), r => r!["subject"]!["name"]!.GetValue<string>() == "大连市");
    }

    [Fact]
    public async Task Timeline_shows_the_summit_a_company_took_part_in()
    {
        var company = await IdAsync("companies", "朝阳市加华电子有限公司");

        var data = await _client.QueryAsync("""
            query($id: ID!) {
              timeline(entity: $id) { entity { name } hasMore entries { date kind item { name } via { type } } }
            }
            """, new { id = company });

        var entries = data["timeline"]!["entries"]!.AsArray();
        var summit = entries.Single(e => e!["kind"]!.GetValue<string>() == "EVENT")!;
        Assert.Equal("第八届数字中国建设峰会", summit["item"]!["name"]!.GetValue<string>());
        Assert.Equal("2025-04-29", summit["date"]!.GetValue<string>());
        Assert.Equal("PARTICIPATED_IN", summit["via"]!["type"]!.GetValue<string>());
        Assert.Contains(entries, e => e!["kind"]!.GetValue<string>() == "ARTICLE");
    }

    [Fact]
    public async Task Facets_count_kinds_and_relation_types_for_a_search_and_a_neighborhood()
    {
        var dalian = await IdAsync("places", "大连市");

        var data = await _client.QueryAsync("""
            query($id: ID!) {
              search: facets(text: "大连") { sampled complete kinds { kind count } relationTypes { type count } }
              around: facets(around: $id, depth: 1) { sampled kinds { kind count } relationTypes { type count } }
            }
            """, new { id = dalian });

        Assert.Contains(data["search"]!["kinds"]!.AsArray(), k => k!["kind"]!.GetValue<string>() == "PLACE");
        Assert.Equal(
            data["search"]!["sampled"]!.GetValue<int>(), data["search"]!["kinds"]!.AsArray().Sum(k => k!["count"]!.GetValue<int>()));
        Assert.Contains(data["around"]!["relationTypes"]!.AsArray(), t => t!["type"]!.GetValue<string>() == "LOCATED_IN");
    }

    [Theory]
    [InlineData("""{ policyImpact(policy: "UG9saWN5OnBvbGljeV8w", maxDepth: 5) { chainCount } }""")]
    [InlineData("""{ policyImpact(policy: "UGxhY2U6cGxhY2VfMA") { chainCount } }""")]
    [InlineData("""{ paths(from: "UGxhY2U6cGxhY2VfMA", to: "UGxhY2U6cGxhY2VfMA", maxLength: 7) { shortestLength } }""")]
    [InlineData("""{ paths(from: "UGxhY2U6cGxhY2VfMA", to: "UGxhY2U6cGxhY2VfMA", first: 1000) { shortestLength } }""")]
    [InlineData("""{ series(indicator: "SW5kaWNhdG9yOmluZGljYXRvcl8w", subjects: []) { points { value } } }""")]
    [InlineData("""{ compare(indicator: "SW5kaWNhdG9yOmluZGljYXRvcl8w", from: "2025-12-31", to: "2025-01-01") { subjectCount } }""")]
    [InlineData("""{ timeline(entity: "UGxhY2U6cGxhY2VfMA", first: -1) { hasMore } }""")]
    [InlineData("""{ facets(text: "大连", around: "UGxhY2U6cGxhY2VfMA") { sampled } }""")]
    [InlineData("""{ facets { sampled } }""")]
    [InlineData("""{ facets(around: "UGxhY2U6cGxhY2VfMA", depth: 9) { sampled } }""")]
    public async Task A_bad_analytics_argument_is_reported_as_BAD_USER_INPUT(string query)
    {
        var response = await _client.QueryWithErrorsAsync(query);

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode());
    }

    [Fact]
    public async Task Unknown_entities_give_null_or_empty_answers()
    {
        var data = await _client.QueryAsync("""
            {
              policyImpact(policy: "UG9saWN5OnBvbGljeV8w") { chainCount }
              paths(from: "UGxhY2U6cGxhY2VfMA", to: "UGxhY2U6cGxhY2VfMQ") { shortestLength paths { length } }
              timeline(entity: "UGxhY2U6cGxhY2VfMA") { hasMore }
            }
            """);

        Assert.Null(data["policyImpact"]);
        Assert.Empty(data["paths"]!["paths"]!.AsArray());
        Assert.Null(data["timeline"]);
    }

    [Fact]
    public async Task The_proposed_tour_queries_answer_on_the_sample_graph()
    {
        var policy = await IdAsync("policies", "人工智能+");
        var wang = await IdAsync("people", "王彦青");
        var dalian = await IdAsync("places", "大连市");
        var indicator = await IdAsync("indicators", "服务外包合同签约额");

        var impact = await _client.QueryAsync(TourQueries.Impact, new { policy });
        var links = await _client.QueryAsync(TourQueries.Links, new { from = wang, to = dalian });
        var figures = await _client.QueryAsync(TourQueries.Figures, new { indicator, dalian });

        Assert.True(impact["policyImpact"]!["chainCount"]!.GetValue<int>() >= 4);
        Assert.NotEmpty(links["paths"]!["paths"]!.AsArray());
        Assert.NotNull(links["connection"]);
        Assert.Equal("USD", figures["compare"]!["baseUnit"]!.GetValue<string>());
        Assert.NotEmpty(figures["series"]![0]!["points"]!.AsArray());
    }

    private static string Last(JsonNode nodes) => nodes.AsArray()[^1]!["name"]!.GetValue<string>();

    private async Task<string> IdAsync(string list, string name)
    {
        var data = await _client.QueryAsync(
            $$"""query($name: String!) { {{list}}(where: { nameContains: $name }, first: 5) { nodes { id name } } }""", new { name });
        var nodes = data[list]!["nodes"]!.AsArray();
        var exact = nodes.FirstOrDefault(n => n!["name"]!.GetValue<string>() == name) ?? nodes.First();
        return exact!["id"]!.GetValue<string>();
    }
}
