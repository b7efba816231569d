using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Graph.Server.Http;

/// <summary>
/// Serves the GraphiQL IDE to browsers at <c>/graphql</c>. The page and its assets are built from npm into
/// <c>wwwroot/graphiql</c> by ClientApp/graphiql.targets; without node the API still runs and the page says how to get the IDE.
/// </summary>
internal sealed class GraphiQLPage(IWebHostEnvironment environment)
{
    private const string IndexPath = "graphiql/index.html";

    private const string MissingPage = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Graph: GraphiQL not built</title></head>
        <body style="font-family: sans-serif; max-width: 46em; margin: 3em auto">
        <h1>The GraphQL API is running</h1>
        <p>The GraphiQL IDE was not built, because <code>node</code> and <code>npm</code> were not found when the service was built.
        Install Node.js 20 or later and build again (<code>dotnet build src/Graph.Server</code>); the build fetches GraphiQL from npm.</p>
        <p>Meanwhile, POST queries to this URL with <code>Content-Type: application/json</code>, e.g.
        <code>curl -H 'Content-Type: application/json' -d '{"query":"{ statistics { entities } }"}' &lt;this URL&gt;</code>.
        The schema is at <a href="/graphql/schema.graphql">/graphql/schema.graphql</a>.</p>
        </body></html>
        """;

    public bool IsBuilt => environment.WebRootFileProvider.GetFileInfo(IndexPath).Exists;

    public async Task WriteAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        var file = environment.WebRootFileProvider.GetFileInfo(IndexPath);
        if (!file.Exists)
        {
            await context.Response.WriteAsync(MissingPage, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await context.Response.SendFileAsync(file, context.RequestAborted).ConfigureAwait(false);
    }
}
