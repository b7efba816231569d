using System.Text;

namespace Graph.Server.Cli;

/// <summary>
/// <c>export --format json|cypher [--out FILE] [--db PATH]</c>: the whole graph in the documented interchange shape (json),
/// or as a Cypher script that loads it into an empty Neo4j database (cypher).
/// </summary>
internal static class ExportCommand
{
    public static async Task<int> RunAsync(ToolContext context)
    {
        var format = context.Options.GetValueOrDefault("format", "json");
        Func<Graph.Domain.Store.IGraphExporter, Stream, CancellationToken, Task> write = format.ToLowerInvariant() switch
        {
            "json" => JsonExport.WriteAsync,
            "cypher" => CypherExport.WriteAsync,
            _ => throw new UsageException($"Unknown export format '{format}'; supported: json, cypher."),
        };

        var store = await context.OpenStoreAsync(CancellationToken.None).ConfigureAwait(false);
        if (context.Options.TryGetValue("out", out var path))
        {
            var temporary = path + ".tmp";
            await using (var file = File.Create(temporary))
            {
                await write(store, file, CancellationToken.None).ConfigureAwait(false);
            }

            // Written aside and moved, so a failed export never leaves a truncated file under the requested name.
            File.Move(temporary, path, overwrite: true);
            await Console.Error.WriteLineAsync($"exported to {path}").ConfigureAwait(false);
        }
        else
        {
            await using var stdout = Console.OpenStandardOutput();
            await write(store, stdout, CancellationToken.None).ConfigureAwait(false);
            await stdout.WriteAsync(Encoding.UTF8.GetBytes("\n")).ConfigureAwait(false);
        }

        return 0;
    }
}
