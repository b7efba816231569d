using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Graph.GraphQL.Security;
using Graph.Server.Security;
using Graph.Server.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Graph.Server.Tests.Hardening;

public sealed class AuthorizationTests
{
    private const string SigningKey = "a-signing-key-of-at-least-32-bytes!!";
    private const string Ingest = """
        mutation { ingestDocument(input: { title: "鞍山", text: "【x】\n● 鞍山市动态\n鞍山市推进数字经济发展。\n（来源：鞍山日报）" }) { alreadyIngested } }
        """;

    [Fact]
    public async Task Reads_are_open_and_mutations_need_a_writer()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };

        var anonymous = await factory.CreateClient().PostGraphQLAsync("{ statistics { entities } }");
        var reader = await factory.CreateClient(GraphRole.Reader).PostGraphQLAsync(Ingest);
        var writer = await factory.CreateClient(GraphRole.Writer).PostGraphQLAsync(Ingest);
        var admin = await factory.CreateClient(GraphRole.Admin).PostGraphQLAsync(Ingest);

        Assert.Equal(HttpStatusCode.OK, anonymous.Status);
        Assert.Equal(HttpStatusCode.Forbidden, reader.Status);
        Assert.Equal("FORBIDDEN", JsonNode.Parse(reader.Body)!.ErrorCode());
        Assert.Equal(HttpStatusCode.OK, writer.Status);
        Assert.Equal(HttpStatusCode.OK, admin.Status);
    }

    [Fact]
    public async Task Reads_can_be_closed_to_callers_without_a_key()
    {
        await using var factory = new GraphServerFactory { Settings = { ["Graph:Auth:RequireKeyForReads"] = "true" } };

        var anonymous = await factory.CreateClient().PostGraphQLAsync("{ statistics { entities } }");
        var legacy = await factory.CreateClient().PostGraphQLAsync("{ statistics { entities } }", accept: "application/json");
        var reader = await factory.CreateClient(GraphRole.Reader).PostGraphQLAsync("{ statistics { entities } }");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal("UNAUTHENTICATED", JsonNode.Parse(anonymous.Body)!.ErrorCode());
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal("UNAUTHENTICATED", JsonNode.Parse(legacy.Body)!.ErrorCode());
        Assert.Equal(HttpStatusCode.OK, reader.Status);
        Assert.Null(JsonNode.Parse(reader.Body)!["errors"]);
    }

    [Theory]
    [InlineData("Writer", HttpStatusCode.OK)]
    [InlineData("Reader", HttpStatusCode.Forbidden)]
    public async Task A_signed_JWT_carries_its_role(string role, HttpStatusCode expected)
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false, Settings = { ["Graph:Auth:Jwt:SigningKey"] = SigningKey } };
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(role, SigningKey));

        var response = await client.PostGraphQLAsync(Ingest);

        Assert.Equal(expected, response.Status);
    }

    [Fact]
    public async Task A_JWT_signed_with_another_key_is_refused()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false, Settings = { ["Graph:Auth:Jwt:SigningKey"] = SigningKey } };
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token("Admin", "another-key-that-is-also-32-bytes-long"));

        var response = await client.PostGraphQLAsync(Ingest);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", JsonNode.Parse(response.Body)!.ErrorCode());
    }

    [Theory]
    [InlineData("2")]
    [InlineData("Reader,Writer")]
    [InlineData("Root")]
    public async Task An_API_key_whose_role_is_not_a_role_name_keeps_the_service_from_starting(string role)
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false, Settings = { ["Graph:Auth:ApiKeys:0:Role"] = role } };

        var failure = await Record.ExceptionAsync(() => Task.FromResult(factory.CreateClient()));

        Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(failure);
    }

    [Fact]
    public async Task Another_role_claim_type_counts_only_when_configured()
    {
        const string MicrosoftRole = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role";
        await using var configured = new GraphServerFactory
        {
            LoadSampleGraph = false,
            Settings = { ["Graph:Auth:Jwt:SigningKey"] = SigningKey, ["Graph:Auth:Jwt:RoleClaimType"] = MicrosoftRole },
        };
        await using var unconfigured = new GraphServerFactory { LoadSampleGraph = false, Settings = { ["Graph:Auth:Jwt:SigningKey"] = SigningKey } };
        var claims = TestTokens.Claims(role: null, issuer: null, audience: null);
        claims[MicrosoftRole] = "Writer";
        var token = TestTokens.Create(SigningKey, claims);

        var accepted = await Send(configured, token);
        var refused = await Send(unconfigured, token);

        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);

        static async Task<(HttpStatusCode Status, string Body)> Send(GraphServerFactory factory, string token)
        {
            using var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return await client.PostGraphQLAsync(Ingest);
        }
    }

    [Fact]
    public async Task Introspection_can_be_switched_off()
    {
        await using var factory = new GraphServerFactory { Settings = { ["Graph:Limits:AllowIntrospection"] = "false" } };
        using var client = factory.CreateClient();

        var introspection = await client.PostGraphQLAsync("{ __schema { types { name } } }");
        var query = await client.PostGraphQLAsync("{ statistics { entities } }");

        Assert.Equal(HttpStatusCode.BadRequest, introspection.Status);
        Assert.Equal("FORBIDDEN", JsonNode.Parse(introspection.Body)!.ErrorCode());
        Assert.Equal(HttpStatusCode.OK, query.Status);
    }

    [Fact]
    public async Task Introspection_is_cheap_enough_for_the_IDE_by_default()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };

        var response = await factory.CreateClient().PostGraphQLAsync(IntrospectionQuery.Full);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(JsonNode.Parse(response.Body)!["errors"]);
    }

    [Fact]
    public async Task CORS_is_closed_by_default_and_opens_for_configured_origins()
    {
        await using var closed = new GraphServerFactory { LoadSampleGraph = false };
        await using var open = new GraphServerFactory { LoadSampleGraph = false, Settings = { ["Graph:Cors:Origins:0"] = "https://app.example" } };

        var closedAnswer = await Preflight(closed.CreateClient());
        var openAnswer = await Preflight(open.CreateClient());

        Assert.False(closedAnswer.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal("https://app.example", openAnswer.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Every_response_carries_a_request_id()
    {
        await using var factory = new GraphServerFactory { LoadSampleGraph = false };

        using var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.False(string.IsNullOrEmpty(response.Headers.GetValues("X-Request-Id").Single()));
    }

    private static async Task<HttpResponseMessage> Preflight(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", "https://app.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return await client.SendAsync(request);
    }

    private static string Token(string role, string key) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Subject = new ClaimsIdentity([new Claim("sub", "analyst"), new Claim(GraphClaims.RoleClaim, role)]),
        Expires = DateTime.UtcNow.AddMinutes(5),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
    });
}
