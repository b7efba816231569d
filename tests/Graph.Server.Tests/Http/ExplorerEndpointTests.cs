using System.Net;
using Graph.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace Graph.Server.Tests.Http;

/// <summary>
/// <c>/explore</c> serves the explorer's page at every deep link and leaves its assets to the static files; without a
/// build it explains how to make one. Each test points the page at its own web root, so it does not depend on whether
/// node was there when this repository was built (the static-file middleware keeps the real one).
/// </summary>
public sealed class ExplorerEndpointTests : IDisposable
{
    private const string BuiltPage = "<!doctype html><html lang=\"en\"><body><div id=\"explorer-test-page\"></div></body></html>";
    private readonly TemporaryDirectory _webRoot = new();

    [Fact]
    public async Task Without_a_build_every_explorer_link_explains_how_to_build_it()
    {
        using var factory = new GraphServerFactory { LoadSampleGraph = false };
        using var client = WithWebRoot(factory);

        foreach (var url in new[] { "/explore", "/explore/", "/explore/entity/abc?focus=abc" })
        {
            using var response = await client.GetAsync(url);
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
            Assert.Contains("explorer was not built", html, StringComparison.Ordinal);
            Assert.Contains("npm ci", html, StringComparison.Ordinal);
        }

        // A file path is never answered with the page: an asset that is missing is a 404, not HTML.
        using var asset = await client.GetAsync("/explore/assets/no-such-file.js");
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
    }

    [Fact]
    public async Task A_built_explorer_answers_deep_links_with_its_page()
    {
        Directory.CreateDirectory(Path.Combine(_webRoot.Path, "explore"));
        await File.WriteAllTextAsync(Path.Combine(_webRoot.Path, "explore", "index.html"), BuiltPage);
        using var factory = new GraphServerFactory { LoadSampleGraph = false };
        using var client = WithWebRoot(factory);

        foreach (var url in new[] { "/explore", "/explore/?lang=en&focus=abc", "/explore/path/a/b" })
        {
            using var page = await client.GetAsync(url);

            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("explorer-test-page", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal("no-cache", page.Headers.CacheControl!.ToString());
            var policy = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
            Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        }

        using var missing = await client.GetAsync("/explore/assets/no-such-file.js");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_explorer_routes_leave_the_API_alone()
    {
        using var factory = new GraphServerFactory { LoadSampleGraph = false };
        using var client = factory.CreateClient();

        using var health = await client.GetAsync("/healthz");
        using var schema = await client.GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, schema.StatusCode);
    }

    public void Dispose() => _webRoot.Dispose();

    // The host fixes its web root when it is created (minimal hosting ignores a later `webroot` setting); the page reads
    // the environment's file provider on each request, so pointing that at the test's folder is enough.
    private HttpClient WithWebRoot(GraphServerFactory factory)
    {
        var client = factory.CreateClient();
        factory.Services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider = new PhysicalFileProvider(_webRoot.Path);
        return client;
    }
}
