using System.Text;

namespace Graph.Server.Cli;

/// <summary><c>export --format json [--out FILE] [--db PATH]</c>: the whole graph in the documented interchange shape.</summary>
internal static class ExportCommand
{
    public static async Task<int> RunAsync(ToolContext context)
    {
        var format = context.Options.GetValueOrDefault("format", "json");
        if (!string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"Unknown export format '{format}'; supported: json.");
        }

        var store = await context.OpenStoreAsync(CancellationToken.None).ConfigureAwait(false);
        if (context.Options.TryGetValue("out", out var path))
        {
            var temporary = path + ".tmp";
            await using (var file = File.Create(temporary))
            {
                await JsonExport.WriteAsync(store, file, CancellationToken.None).ConfigureAwait(false);
            }

            // Written aside and moved, so a failed export never leaves a truncated file under the requested name.
            File.Move(temporary, path, overwrite: true);
            await Console.Error.WriteLineAsync($"exported to {path}").ConfigureAwait(false);
        }
        else
        {
            await using var stdout = Console.OpenStandardOutput();
            await JsonExport.WriteAsync(store, stdout, CancellationToken.None).ConfigureAwait(false);
            await stdout.WriteAsync(Encoding.UTF8.GetBytes("\n")).ConfigureAwait(false);
        }

        return 0;
    }
}
