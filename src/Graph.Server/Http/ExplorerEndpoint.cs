using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Http;

/// <summary>
/// Serves the graph explorer, a single-page app that src/Graph.Explorer builds with npm into <c>wwwroot/explore</c>:
/// its page at <c>/explore</c> and at every deep link under it, its assets (paths with a file extension) as static files.
/// Without a build the page says how to make one.
/// </summary>
internal static class ExplorerEndpoint
{
    private const string IndexPath = "explore/index.html";

    // Everything the app loads is its own bundle and the API on the same origin: the policy forbids any other source.
    // Styles may be inline because the drawing library positions its canvases with style attributes.
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    private const string MissingPage = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Graph: explorer not built</title></head>
        <body style="font-family: sans-serif; max-width: 46em; margin: 3em auto">
        <h1>The graph explorer was not built</h1>
        <p>The explorer is built from npm when the service is built, and <code>node</code> and <code>npm</code> were not
        found then (or the build failed: the build log says why). Install Node.js 20.19 or later with npm and build again
        (<code>dotnet build src/Graph.Server</code>), or build it by hand with <code>npm ci &amp;&amp; npm run build</code> in
        <code>src/Graph.Explorer</code>, then restart the service.</p>
        <p>The GraphQL API runs meanwhile: <a href="/graphql">/graphql</a>, schema at
        <a href="/graphql/schema.graphql">/graphql/schema.graphql</a>.</p>
        </body></html>
        """;

    /// <summary>Maps <c>/explore</c> and the paths under it that name no file.</summary>
    public static IEndpointRouteBuilder MapExplorer(this IEndpointRouteBuilder endpoints)
    {
        // `nonfile` leaves /explore/assets/index.js to the static-file middleware; everything else is the app's page,
        // which reads the view from the query string.
        endpoints.MapGet("/explore/{**path:nonfile}", WriteAsync);
        return endpoints;
    }

    private static async Task WriteAsync(HttpContext context)
    {
        var environment = context.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var file = environment.WebRootFileProvider.GetFileInfo(IndexPath);
        context.Response.ContentType = "text/html; charset=utf-8";
        // The page names its assets without a version: revalidate it, so a rebuilt explorer is seen at once.
        context.Response.Headers.CacheControl = "no-cache";
        if (!file.Exists)
        {
            await context.Response.WriteAsync(MissingPage, context.RequestAborted);
            return;
        }

        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        await context.Response.SendFileAsync(file, context.RequestAborted);
    }
}
