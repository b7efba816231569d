using System.Diagnostics;

namespace Graph.Server.Tests.Support;

/// <summary>Runs the built Graph.Server executable as a real child process, for the CLI verbs.</summary>
internal static class GraphProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string>? environment = null)
    {
        using var process = Start(arguments, workingDirectory, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(Timeout);
        await process.WaitForExitAsync(cancellation.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Starts the executable and returns the running process (output redirected).</summary>
    public static Process Start(IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Graph.Server.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("GRAPH_DB");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return Process.Start(start)!;
    }
}
