using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Http;

/// <summary>The GraphQL-over-HTTP rules (graphql/graphql-over-http, spec/GraphQLOverHTTP.md) on the real endpoint.</summary>
public sealed class GraphQLOverHttpTests : IClassFixture<GraphServerFactory>
{
    private const string Typename = "{\"query\":\"{ __typename }\"}";
    private readonly HttpClient _client;

    public GraphQLOverHttpTests(GraphServerFactory factory) => _client = factory.CreateClient();

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData(null, "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", "application/graphql-response+json")]
    public async Task A_POST_query_answers_in_the_negotiated_media_type(string? accept, string expected)
    {
        using var response = await SendAsync(HttpMethod.Post, "/graphql", Typename, "application/json", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("Query", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unacceptable_Accept_header_gets_406()
    {
        using var response = await SendAsync(HttpMethod.Post, "/graphql", Typename, "application/json", "text/xml");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData(null)]
    public async Task A_POST_without_a_JSON_content_type_gets_415(string? contentType)
    {
        using var response = await SendAsync(HttpMethod.Post, "/graphql", Typename, contentType, "application/json");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("NONSENSE")]
    [InlineData("{\"query\":")]
    [InlineData("[]")]
    [InlineData("{\"qeury\":\"{ __typename }\"}")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":[7]}")]
    [InlineData("{\"query\":\"{ __typename }\",\"operationName\":7}")]
    [InlineData("{\"query\":\"{ __typename }\",\"extensions\":\"x\"}")]
    [InlineData("")]
    public async Task A_malformed_request_gets_400_with_a_BAD_REQUEST_error(string body)
    {
        foreach (var accept in new[] { "application/json", "application/graphql-response+json" })
        {
            using var response = await SendAsync(HttpMethod.Post, "/graphql", body, "application/json", accept);
            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("BAD_REQUEST", json.ErrorCode());
        }
    }

    [Theory]
    [InlineData("{\"query\":\"{\"}", "GRAPHQL_PARSE_FAILED")]
    [InlineData("{\"query\":\"{ noSuchField }\"}", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{\"query\":\"query Q($n: Int!) { companies(first: $n) { nodes { name } } }\",\"variables\":{\"n\":\"x\"}}", "BAD_USER_INPUT")]
    public async Task A_request_error_is_400_under_the_new_media_type_and_200_under_application_json(string body, string code)
    {
        using var strict = await SendAsync(HttpMethod.Post, "/graphql", body, "application/json", "application/graphql-response+json");
        var strictJson = JsonNode.Parse(await strict.Content.ReadAsStringAsync())!;
        using var legacy = await SendAsync(HttpMethod.Post, "/graphql", body, "application/json", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Null(strictJson["data"]);
        Assert.Equal(code, strictJson.ErrorCode());
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
    }

    [Fact]
    public async Task A_GET_query_with_variables_is_executed()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query T($name: String!) { __type(name: $name) { name } }") +
                  "&variables=" + Uri.EscapeDataString("{\"name\":\"Company\"}");

        using var response = await SendAsync(HttpMethod.Get, url, null, null, "application/graphql-response+json");
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Company", json["data"]!["__type"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_mutation_over_GET_gets_405_with_Allow_POST()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("mutation { __typename }");

        using var response = await SendAsync(HttpMethod.Get, url, null, null, "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task Other_methods_get_405_with_Allow_GET_and_POST()
    {
        using var response = await SendAsync(HttpMethod.Put, "/graphql", Typename, "application/json", "application/json");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task A_GET_with_unparsable_variables_gets_400()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("{ __typename }") + "&variables=" + Uri.EscapeDataString("{nope");

        using var response = await SendAsync(HttpMethod.Get, url, null, null, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_browser_gets_the_GraphiQL_page()
    {
        using var response = await SendAsync(HttpMethod.Get, "/graphql", null, null, "text/html,application/xhtml+xml");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("://unpkg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Liveness_and_readiness_report_a_reachable_store()
    {
        using var live = await _client.GetAsync("/healthz");
        using var ready = await _client.GetAsync("/readyz");
        var json = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", json["status"]!.GetValue<string>());
        Assert.True(json["entities"]!.GetValue<int>() > 0);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? body, string? contentType, string? accept)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await _client.SendAsync(request);
    }
}
