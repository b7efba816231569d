using System.Text.Json.Nodes;
using Graph.GraphQL.Security;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.GraphQL;

/// <summary>Traversals follow semantic relations unless asked for articles; policyImpact's chains carry evidence snippets and figures.</summary>
public sealed class SemanticTraversalTests
{
    private const string Neighborhood = """
        query($id: ID!, $include: Boolean!) {
          neighborhood(id: $id, depth: 2, limit: 200, includeMentions: $include) { nodes { entity { kind } } edges { type } }
        }
        """;

    private const string Impact = """
        query($policy: ID!) {
          policyImpact(policy: $policy, maxDepth: 3, first: 50) {
            chains {
              nodes { kind }
              links { relation { type } evidence { start length snippet(context: 20) { match marked } } }
              figures { value }
            }
          }
        }
        """;

    [Fact]
    public async Task A_neighborhood_leaves_articles_and_their_relations_out_unless_asked()
    {
        await using var factory = new GraphServerFactory();
        using var client = factory.CreateClient();
        var dalian = (await client.QueryAsync(TourQueries.FindWangAndDalian))["places"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var semantic = (await client.QueryAsync(Neighborhood, new { id = dalian, include = false }))["neighborhood"]!;
        var all = (await client.QueryAsync(Neighborhood, new { id = dalian, include = true }))["neighborhood"]!;

        Assert.NotEmpty(semantic["edges"]!.AsArray());
        Assert.DoesNotContain(semantic["nodes"]!.AsArray(), n => n!["entity"]!["kind"]!.GetValue<string>() == "ARTICLE");
        Assert.DoesNotContain(semantic["edges"]!.AsArray(), e => e!["type"]!.GetValue<string>() is "MENTIONS" or "PUBLISHED_BY");
        Assert.Contains(all["nodes"]!.AsArray(), n => n!["entity"]!["kind"]!.GetValue<string>() == "ARTICLE");
        Assert.Contains(all["edges"]!.AsArray(), e => e!["type"]!.GetValue<string>() == "MENTIONS");
    }

    [Theory]
    [InlineData("neighborhood(id: $id, relationTypes: [MENTIONS]) { truncated }", "MENTIONS")]
    [InlineData("shortestPath(from: $id, to: $id, relationTypes: [LOCATED_IN, PUBLISHED_BY]) { length }", "PUBLISHED_BY")]
    [InlineData("paths(from: $id, to: $id, relationTypes: [MENTIONS]) { shortestLength }", "MENTIONS")]
    public async Task Naming_an_article_relation_without_includeMentions_is_bad_input(string field, string type)
    {
        await using var factory = new GraphServerFactory();
        using var client = factory.CreateClient();
        var dalian = (await client.QueryAsync(TourQueries.FindWangAndDalian))["places"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var refused = await client.QueryWithErrorsAsync($"query($id: ID!) {{ {field} }}", new { id = dalian });
        var allowed = await client.QueryWithErrorsAsync(
            $"query($id: ID!) {{ {field.Replace(") {", ", includeMentions: true) {", StringComparison.Ordinal)} }}", new { id = dalian });

        Assert.Equal("BAD_USER_INPUT", refused.ErrorCode());
        Assert.Contains($"names {type}", refused["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(allowed["errors"]);
    }

    [SkippableFact]
    public async Task Every_policy_impact_chain_of_the_sample_newsletter_names_its_evidence_snippets_when_the_text_is_stored()
    {
        var text = File.ReadAllText(RepositoryPaths.SampleNewsletter);
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };
        using var client = factory.CreateClient(GraphRole.Writer);
        await client.QueryAsync(
            "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { entitiesFound } }",
            new { input = new { title = "sample newsletter", text } });
        var policies = (await client.QueryAsync("{ policies(first: 100) { nodes { id } } }"))["policies"]!["nodes"]!.AsArray()
            .Select(p => p!["id"]!.GetValue<string>()).ToList();

        var chains = new List<JsonNode>();
        var withChains = 0;
        foreach (var policy in policies)
        {
            var found = (await client.QueryAsync(Impact, new { policy }))["policyImpact"]!["chains"]!.AsArray().Select(c => c!).ToList();
            withChains += found.Count > 0 ? 1 : 0;
            chains.AddRange(found);
        }

        Assert.NotEmpty(chains);
        Assert.All(chains, chain => Assert.All(chain["links"]!.AsArray(), link =>
        {
            var evidence = link!["evidence"]!.AsArray();
            Assert.NotEmpty(evidence);
            Assert.All(evidence, e => Assert.Equal(
                text.Substring(e!["start"]!.GetValue<int>(), e["length"]!.GetValue<int>()), e["snippet"]!["match"]!.GetValue<string>()));
        }));
        Assert.All(chains, chain => Assert.DoesNotContain(chain["nodes"]!.AsArray(), n => n!["kind"]!.GetValue<string>() == "ARTICLE"));
        Assert.Contains(chains, chain => chain["figures"]!.AsArray().Count > 0);
        Console.WriteLine($"policyImpact on the sample newsletter: {withChains} of {policies.Count} policies have a chain, {chains.Count} chains");
    }

    [Fact]
    public async Task A_policy_impact_chain_reaches_the_figures_of_where_its_issuer_sits_with_a_snippet_for_every_link()
    {
        // Written for this test; not taken from any real document.
        const string Text = "● 沈河区推进软件产业发展\n\n沈阳市工业和信息化局印发《软件产业集群培育工程实施方案》。今年 1-3 月，沈阳市软件业务收入 215.6 亿元，同比增长 12.4%。\n\n（来源：沈阳日报）\n";
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };
        using var client = factory.CreateClient(GraphRole.Writer);
        await client.QueryAsync(
            "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { entitiesFound } }",
            new { input = new { title = "沈河区软件简报", text = Text, publishedAt = "2025-04-20" } });
        var policy = (await client.QueryAsync("{ policies(first: 5) { nodes { id } } }"))["policies"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var chains = (await client.QueryAsync(Impact, new { policy }))["policyImpact"]!["chains"]!.AsArray().Select(c => c!).ToList();

        var reaching = chains.Single(c => c["figures"]!.AsArray().Count > 0);
        Assert.Equal(["ISSUED_BY", "LOCATED_IN"], reaching["links"]!.AsArray().Select(l => l!["relation"]!["type"]!.GetValue<string>()));
        Assert.Equal(215.6, reaching["figures"]![0]!["value"]!.GetValue<double>());
        Assert.All(chains.SelectMany(c => c["links"]!.AsArray()), link =>
        {
            var evidence = link!["evidence"]!.AsArray();
            Assert.NotEmpty(evidence);
            Assert.All(evidence, e => Assert.Contains("⟦", e!["snippet"]!["marked"]!.GetValue<string>(), StringComparison.Ordinal));
        });
    }
}
