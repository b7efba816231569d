using System.Net;
using System.Text.Json.Nodes;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Hardening;

/// <summary>Repeated documents skip re-validation, but never the checks that depend on the request's variables.</summary>
public sealed class DocumentCacheTests : IClassFixture<GraphServerFactory>
{
    private const string CostByVariable = """
        query($n: Int!) { companies(first: $n) { nodes { relations(first: 100) { edges { other { mentionedIn(first: 100) { name } } } } } } }
        """;

    private readonly HttpClient _client;

    public DocumentCacheTests(GraphServerFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task A_cached_document_is_still_costed_with_each_requests_variables()
    {
        var cheap = await _client.PostGraphQLAsync(CostByVariable, new { n = 1 });
        var cheapAgain = await _client.PostGraphQLAsync(CostByVariable, new { n = 1 });
        var expensive = await _client.PostGraphQLAsync(CostByVariable, new { n = 100 });

        Assert.Equal(HttpStatusCode.OK, cheap.Status);
        Assert.Equal(HttpStatusCode.OK, cheapAgain.Status);
        Assert.Equal(HttpStatusCode.BadRequest, expensive.Status);
        Assert.Equal("LIMIT_EXCEEDED", JsonNode.Parse(expensive.Body)!.ErrorCode());
    }

    [Fact]
    public async Task An_invalid_document_stays_invalid_when_sent_again()
    {
        for (var i = 0; i < 2; i++)
        {
            var answer = await _client.PostGraphQLAsync("{ companies { nodes { noSuchField } } }");

            Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
            Assert.Equal("GRAPHQL_VALIDATION_FAILED", JsonNode.Parse(answer.Body)!.ErrorCode());
        }
    }
}
