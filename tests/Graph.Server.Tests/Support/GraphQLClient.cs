using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.Server.Tests.Support;

/// <summary>Posts GraphQL requests over real HTTP (the test server's client) and returns the parsed response.</summary>
internal static class GraphQLClient
{
    public const string ResponseMediaType = "application/graphql-response+json";

    public static async Task<JsonNode> QueryAsync(this HttpClient client, string query, object? variables = null)
    {
        var (status, body) = await client.PostGraphQLAsync(query, variables).ConfigureAwait(false);
        Assert.True(status == System.Net.HttpStatusCode.OK, $"HTTP {(int)status}: {body}");
        var json = JsonNode.Parse(body)!;
        Assert.True(json["errors"] is null, $"Unexpected errors: {json["errors"]?.ToJsonString()}");
        return json["data"]!;
    }

    /// <summary>
    /// Sends a trivial query until it is answered: the first request compiles the pipeline, which on a loaded machine
    /// may take longer than a short deadline a test configures.
    /// </summary>
    public static async Task WarmUpAsync(this HttpClient client)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            if ((await client.PostGraphQLAsync("{ __typename }").ConfigureAwait(false)).Status == System.Net.HttpStatusCode.OK)
            {
                return;
            }
        }
    }

    public static async Task<JsonNode> QueryWithErrorsAsync(this HttpClient client, string query, object? variables = null)
    {
        var (_, body) = await client.PostGraphQLAsync(query, variables).ConfigureAwait(false);
        return JsonNode.Parse(body)!;
    }

    public static async Task<(System.Net.HttpStatusCode Status, string Body)> PostGraphQLAsync(
        this HttpClient client, string query, object? variables = null, string accept = ResponseMediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }, options: new JsonSerializerOptions(JsonSerializerDefaults.Web)),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await client.SendAsync(request).ConfigureAwait(false);
        return (response.StatusCode, await response.Content.ReadAsStringAsync().ConfigureAwait(false));
    }

    public static string ErrorCode(this JsonNode response) =>
        response["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() ?? "(none)";
}
