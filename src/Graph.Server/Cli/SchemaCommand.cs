using Graph.Server.Http;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Cli;

/// <summary>
/// <c>schema [--out FILE]</c>: prints the GraphQL schema in SDL, the text committed as schema/schema.graphql
/// (regenerate it with <c>schema --out schema/schema.graphql</c> after a schema change).
/// </summary>
internal static class SchemaCommand
{
    public static async Task<int> RunAsync(ToolContext context)
    {
        var sdl = SchemaEndpoint.Print(context.Services.GetRequiredService<ISchema>());
        if (context.Options.TryGetValue("out", out var path))
        {
            await File.WriteAllTextAsync(path, sdl).ConfigureAwait(false);
            await Console.Error.WriteLineAsync($"wrote {path}").ConfigureAwait(false);
        }
        else
        {
            await Console.Out.WriteAsync(sdl).ConfigureAwait(false);
        }

        return 0;
    }
}
