using System.Net;
using System.Text.Json.Nodes;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Hardening;

/// <summary>Runs <see cref="HostileCatalogue"/> against one running service.</summary>
public sealed class HostileInputTests : IClassFixture<GraphServerFactory>
{
    private readonly GraphServerFactory _factory;

    public HostileInputTests(GraphServerFactory factory) => _factory = factory;

    [Fact]
    public void The_catalogue_holds_at_least_sixty_cases() => Assert.True(HostileCatalogue.Cases.Count >= 60, $"{HostileCatalogue.Cases.Count} cases");

    [Theory]
    [MemberData(nameof(HostileCatalogue.Cases), MemberType = typeof(HostileCatalogue))]
    public async Task A_hostile_request_gets_its_exact_answer_and_changes_nothing(HostileCase hostile)
    {
        using var client = _factory.CreateClient();
        var before = await StoreChecksum.ComputeAsync(_factory.Store.Inner);

        using var response = await client.SendAsync(ToRequest(hostile));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode == hostile.ExpectedStatus, $"{hostile.Name}: HTTP {(int)response.StatusCode}: {Trim(body)}");
        var json = JsonNode.Parse(body)!;
        if (hostile.ExpectedCode is null)
        {
            Assert.True(json["errors"] is null, $"{hostile.Name}: unexpected errors {Trim(body)}");
        }
        else
        {
            Assert.Equal(hostile.ExpectedCode, json.ErrorCode());
            var message = json["errors"]![0]!["message"]!.GetValue<string>();
            Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
            Assert.DoesNotContain("SELECT", message, StringComparison.Ordinal);
        }

        var alive = await client.QueryAsync("{ __typename }");
        Assert.Equal("Query", alive["__typename"]!.GetValue<string>());
        Assert.Equal(before, await StoreChecksum.ComputeAsync(_factory.Store.Inner));
    }

    private static HttpRequestMessage ToRequest(HostileCase hostile)
    {
        var request = new HttpRequestMessage(hostile.Method, hostile.Url);
        if (hostile.Body is not null)
        {
            request.Content = new ByteArrayContent(hostile.Body);
            if (hostile.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", hostile.ContentType);
            }
        }

        request.Headers.TryAddWithoutValidation("Accept", hostile.Accept);
        if (hostile.ApiKey is not null)
        {
            request.Headers.Add("X-Api-Key", hostile.ApiKey);
        }

        if (hostile.Authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", hostile.Authorization);
        }

        return request;
    }

    private static string Trim(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
