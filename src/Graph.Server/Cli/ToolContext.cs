using Graph.Domain.Store;
using Graph.Server.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Cli;

/// <summary>A tool verb's parsed arguments and the services of the host the service itself runs in.</summary>
internal sealed class ToolContext(IServiceProvider services, ToolArguments arguments)
{
    /// <summary>Arguments that are not options.</summary>
    public IReadOnlyList<string> Positional => arguments.Positional;

    /// <summary>Options given as <c>--name value</c> or <c>--name=value</c>, without the dashes.</summary>
    public IReadOnlyDictionary<string, string> Options => arguments.Options;

    public IServiceProvider Services => services;

    /// <summary>Where the graph lives, for messages: the embedded file or the Neo4j URI.</summary>
    public string StoreDescription => GraphServiceCollectionExtensions.DescribeStore(services.GetRequiredService<IConfiguration>());

    /// <summary>The store, with its schema created.</summary>
    public async Task<IGraphStore> OpenStoreAsync(CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IGraphStore>();
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }
}
