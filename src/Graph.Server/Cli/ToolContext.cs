using Graph.Domain.Store;
using Graph.GraphQL;
using Graph.Server.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Server.Cli;

/// <summary>A tool verb's parsed arguments and services (the same store and extraction as the web service).</summary>
internal sealed class ToolContext : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ToolContext(ServiceProvider services, IReadOnlyList<string> positional, IReadOnlyDictionary<string, string> options)
    {
        _services = services;
        Positional = positional;
        Options = options;
    }

    /// <summary>Arguments that are not options.</summary>
    public IReadOnlyList<string> Positional { get; }

    /// <summary>Options given as <c>--name value</c> or <c>--name=value</c>, without the dashes.</summary>
    public IReadOnlyDictionary<string, string> Options { get; }

    public IServiceProvider Services => _services;

    /// <summary>Where the graph lives, for messages: the embedded file or the Neo4j URI.</summary>
    public string StoreDescription => GraphServiceCollectionExtensions.DescribeStore(_services.GetRequiredService<IConfiguration>());

    /// <summary>The store, with its schema created.</summary>
    public async Task<IGraphStore> OpenStoreAsync(CancellationToken cancellationToken)
    {
        var store = _services.GetRequiredService<IGraphStore>();
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }

    public static ToolContext Parse(string[] args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
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
            else if (i + 1 < args.Length)
            {
                options[arg[2..]] = args[++i];
            }
            else
            {
                throw new UsageException($"The option {arg} needs a value.");
            }
        }

        var settings = new Dictionary<string, string?>();
        if (options.TryGetValue("db", out var database))
        {
            settings["Graph:Database"] = database;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            .AddGraphCore(configuration)
            .AddGraphSchema(configuration)
            .BuildServiceProvider();
        return new ToolContext(services, positional, options);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
