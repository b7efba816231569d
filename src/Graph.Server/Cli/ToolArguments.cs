namespace Graph.Server.Cli;

/// <summary>A tool verb's arguments: positional ones and options given as <c>--name value</c> or <c>--name=value</c>.</summary>
internal sealed record ToolArguments(IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string> Options)
{
    public static ToolArguments Parse(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                positional.Add(arg);
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                options[arg[2..equals]] = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count)
            {
                options[arg[2..]] = args[++i];
            }
            else
            {
                throw new UsageException($"The option {arg} needs a value.");
            }
        }

        return new ToolArguments(positional, options);
    }

    /// <summary>The host's command-line configuration these arguments set: <c>--db PATH</c> is <c>Graph:Database</c>.</summary>
    public string[] HostArguments() =>
        Options.TryGetValue("db", out var database) ? [$"--Graph:Database={database}"] : [];
}
