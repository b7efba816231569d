using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Server.Tests.Support;
using Microsoft.Extensions.Options;

namespace Graph.Server.Tests.Http;

/// <summary>Trusted documents (a manifest of hashes) and Apollo's automatic persisted queries.</summary>
public sealed class PersistedOperationsTests : IDisposable
{
    private const string Statistics = "{ statistics { entitiesByKind { kind count } } }";
    private const string Typename = "{ __typename }";
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task An_unknown_hash_is_PersistedQueryNotFound_then_the_text_with_the_hash_registers_it()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };
        var client = factory.CreateClient();
        var hash = Sha256(Statistics);

        var unknown = await GetAsync(client, extensions: Persisted(hash));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown.Body.ErrorCode());
        Assert.Equal("PersistedQueryNotFound", unknown.Body["errors"]![0]!["message"]!.GetValue<string>());

        var registered = await PostAsync(client, new { query = Statistics, extensions = Persisted(hash) });
        Assert.Null(registered["errors"]);

        var known = await GetAsync(client, extensions: Persisted(hash));
        Assert.Equal(HttpStatusCode.OK, known.Status);
        Assert.NotNull(known.Body["data"]!["statistics"]);
    }

    [Fact]
    public async Task Under_application_json_the_not_found_answer_is_200_as_Apollo_clients_expect_of_a_GraphQL_error()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };
        var (status, body) = await GetAsync(factory.CreateClient(), extensions: Persisted(Sha256("{ a: __typename }")), accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", body.ErrorCode());
    }

    [Theory]
    [InlineData("""{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"not-hex"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":"abc"}}""")]
    [InlineData("""{"documentId":42}""")]
    public async Task A_wrong_hash_or_a_malformed_extension_is_BAD_REQUEST(string json)
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };
        using var response = await factory.CreateClient().PostAsync("/graphql", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ErrorCode());
    }

    [Fact]
    public async Task With_automatic_persisted_queries_off_a_bare_hash_is_PersistedQueryNotSupported()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false, Settings = { ["Graph:PersistedOperations:Automatic"] = "false" } };
        var (_, body) = await GetAsync(factory.CreateClient(), extensions: Persisted(Sha256(Typename)));
        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", body.ErrorCode());
    }

    [Fact]
    public async Task The_automatic_cache_is_bounded_and_forgets_the_least_recently_used()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false, Settings = { ["Graph:PersistedOperations:CacheEntries"] = "1" } };
        var client = factory.CreateClient();
        const string Other = "{ other: __typename }";
        await PostAsync(client, new { query = Typename, extensions = Persisted(Sha256(Typename)) });
        await PostAsync(client, new { query = Other, extensions = Persisted(Sha256(Other)) });

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (await GetAsync(client, extensions: Persisted(Sha256(Typename)))).Body.ErrorCode());
        Assert.Equal("Query", (await GetAsync(client, extensions: Persisted(Sha256(Other)))).Body["data"]!["other"]!.GetValue<string>());
    }

    [Fact]
    public async Task With_Only_the_manifest_documents_run_by_id_or_by_text_and_nothing_else()
    {
        var manifest = Manifest(Statistics);
        await using var factory = new GraphServerFactory
        {
            LoadSampleGraph = false,
            Settings = { ["Graph:PersistedOperations:ManifestPath"] = manifest, ["Graph:PersistedOperations:Only"] = "true" },
        };
        var client = factory.CreateClient();

        var byId = await PostAsync(client, new { documentId = "sha256:" + Sha256(Statistics) });
        Assert.NotNull(byId["data"]!["statistics"]);
        var byText = await PostAsync(client, new { query = Statistics });
        Assert.NotNull(byText["data"]!["statistics"]);
        var byApolloHash = await GetAsync(client, extensions: Persisted(Sha256(Statistics)));
        Assert.NotNull(byApolloHash.Body["data"]!["statistics"]);

        Assert.Equal("PERSISTED_QUERY_NOT_IN_LIST", (await PostAsync(client, new { query = Typename })).ErrorCode());
        Assert.Equal("PERSISTED_QUERY_NOT_IN_LIST", (await PostAsync(client, new { query = Typename, extensions = Persisted(Sha256(Typename)) })).ErrorCode());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (await PostAsync(client, new { documentId = "sha256:" + Sha256(Typename) })).ErrorCode());
    }

    [Fact]
    public async Task The_manifest_may_be_Apollos_persisted_query_manifest()
    {
        var path = _directory.File("apollo.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(new
        {
            format = "apollo-persisted-query-manifest",
            version = 1,
            operations = new[] { new { id = Sha256(Typename), name = "T", type = "query", body = Typename } },
        }));
        await using var factory = new GraphServerFactory
        {
            LoadSampleGraph = false,
            Settings = { ["Graph:PersistedOperations:ManifestPath"] = path, ["Graph:PersistedOperations:Only"] = "true" },
        };
        var answer = await PostAsync(factory.CreateClient(), new { extensions = Persisted(Sha256(Typename)) });
        Assert.Equal("Query", answer["data"]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public void A_manifest_whose_hash_does_not_match_its_document_stops_the_service_at_start()
    {
        var path = _directory.File("wrong.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, string> { [Sha256("{ x: __typename }")] = Typename }));
        using var factory = new GraphServerFactory { LoadSampleGraph = false, Settings = { ["Graph:PersistedOperations:ManifestPath"] = path } };

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("is not the SHA-256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_without_a_manifest_stops_the_service_at_start()
    {
        using var factory = new GraphServerFactory { LoadSampleGraph = false, Settings = { ["Graph:PersistedOperations:Only"] = "true" } };
        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("ManifestPath", error.Message, StringComparison.Ordinal);
    }

    private string Manifest(params string[] documents)
    {
        var path = _directory.File($"manifest-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(documents.ToDictionary(Sha256)));
        return path;
    }

    private static object Persisted(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static async Task<JsonNode> PostAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/graphql", body);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(HttpClient client, object extensions, string accept = GraphQLClient.ResponseMediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(extensions)));
        request.Headers.Add("Accept", accept);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
