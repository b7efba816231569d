using System.Net;
using System.Net.Http.Headers;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Http;

/// <summary>GET answers carry an ETag and Cache-Control; If-None-Match with the same tag gets 304 (RFC 9110 sections 8.8.3, 13.1.2, 15.4.5).</summary>
public sealed class GetCachingTests(GraphServerFactory factory) : IClassFixture<GraphServerFactory>
{
    private const string Url = "/graphql?query=%7B%20statistics%20%7B%20entitiesByKind%20%7B%20kind%20count%20%7D%20%7D%20%7D";

    [Fact]
    public async Task A_GET_answer_carries_an_ETag_Cache_Control_and_Vary()
    {
        using var response = await GetAsync(Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.True(response.Headers.CacheControl is { Private: true, NoCache: true }, response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task If_None_Match_with_the_tag_gets_304_without_a_body()
    {
        using var first = await GetAsync(Url);
        var tag = first.Headers.ETag!;

        using var again = await GetAsync(Url, tag.Tag);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(tag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task If_None_Match_with_another_tag_gets_the_answer()
    {
        using var response = await GetAsync(Url, "\"something-else\"");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_tag_follows_the_answer_not_the_request()
    {
        using var a = await GetAsync(Url);
        using var b = await GetAsync("/graphql?query=%7B%20statistics%20%7B%20entitiesByKind%20%7B%20kind%20%7D%20%7D%20%7D");

        Assert.NotEqual(a.Headers.ETag, b.Headers.ETag);
    }

    [Fact]
    public async Task An_answer_with_errors_is_not_kept()
    {
        using var response = await GetAsync("/graphql?query=%7B%20node(id%3A%20%22x%22)%20%7B%20id%20%7D%20%7D");

        Assert.Null(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl is { NoStore: true }, response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_POST_answer_carries_no_ETag()
    {
        using var response = await factory.CreateClient().PostAsync(
            "/graphql", new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Cache_Control_is_a_setting()
    {
        await using var configured = new GraphServerFactory { LoadSampleGraph = false, Settings = { ["Graph:Caching:CacheControl"] = "public, max-age=60" } };
        using var response = await configured.CreateClient().GetAsync("/graphql?query=%7B__typename%7D");

        Assert.True(response.Headers.CacheControl is { Public: true, MaxAge.TotalSeconds: 60 }, response.Headers.CacheControl?.ToString());
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLClient.ResponseMediaType));
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await factory.CreateClient().SendAsync(request);
    }
}
