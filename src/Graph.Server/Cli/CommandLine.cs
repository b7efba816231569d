using Graph.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Server.Cli;

/// <summary>
/// Splits the command line into a verb and its arguments. <c>serve</c> (the default) runs the web service; the other
/// verbs are tools that run against the same store and exit.
/// </summary>
internal static class CommandLine
{
    public const string DatabaseOption = "--db";

    private static readonly Dictionary<string, Func<ToolContext, Task<int>>> Tools = new(StringComparer.Ordinal)
    {
        ["ingest"] = IngestCommand.RunAsync,
        ["export"] = ExportCommand.RunAsync,
        ["stats"] = StatsCommand.RunAsync,
        ["sample-graph"] = SampleGraphCommand.RunAsync,
        ["schema"] = SchemaCommand.RunAsync,
        ["eval"] = EvalCommand.RunAsync,
        ["help"] = HelpCommand.RunAsync,
        ["--help"] = HelpCommand.RunAsync,
        ["-h"] = HelpCommand.RunAsync,
    };

    /// <summary>True when the first argument names a tool verb rather than <c>serve</c>.</summary>
    public static bool IsToolVerb(string[] args) => args.Length > 0 && Tools.ContainsKey(args[0]);

    /// <summary>
    /// Runs a tool verb inside the service's own host (built, never started): the same configuration, registrations and
    /// options validation as <c>serve</c>. Returns the process exit code.
    /// </summary>
    public static async Task<int> RunToolAsync(string[] args)
    {
        try
        {
            var arguments = ToolArguments.Parse(args[1..]);
            var builder = GraphHostBuilder.Create(arguments.HostArguments());

            // A tool's output is its report; the host's informational logging would interleave with it.
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            var app = builder.Build();
            await using (app.ConfigureAwait(false))
            {
                // What the service checks when it starts (ValidateOnStart), checked before the verb runs.
                app.Services.GetService<IStartupValidator>()?.Validate();
                return await Tools[args[0]](new ToolContext(app.Services, arguments)).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is UsageException or OptionsValidationException)
        {
            await Console.Error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return 2;
        }
    }

    /// <summary>The arguments for the web host: <c>serve</c> dropped and <c>--db PATH</c> turned into <c>--Graph:Database=PATH</c>.</summary>
    public static string[] ServeArguments(string[] args)
    {
        var rest = args.Length > 0 && args[0] == "serve" ? args[1..] : args;
        var result = new List<string>(rest.Length);
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == DatabaseOption && i + 1 < rest.Length)
            {
                result.Add($"--Graph:Database={rest[++i]}");
            }
            else if (rest[i].StartsWith(DatabaseOption + "=", StringComparison.Ordinal))
            {
                result.Add($"--Graph:Database={rest[i][(DatabaseOption.Length + 1)..]}");
            }
            else
            {
                result.Add(rest[i]);
            }
        }

        return [.. result];
    }
}
