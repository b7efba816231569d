using Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Storage.Neo4j;

/// <summary>Registers the Neo4j store as the application's <see cref="IGraphStore"/>.</summary>
public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGraphStore"/> as a singleton backed by Neo4j, with options validated at start-up. The container
    /// disposes the store (and so closes its connections with GOODBYE). The store logs through the container's
    /// <see cref="ILoggerFactory"/>, when there is one (category <c>Graph.Storage.Neo4j</c>).
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, Action<Neo4jGraphStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<Neo4jGraphStoreOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options
            .Validate(o => o.Uri is { IsAbsoluteUri: true }, "Neo4jGraphStoreOptions.Uri (NEO4J_URI) must be an absolute bolt:// or neo4j:// URI.")
            .Validate(o => !string.IsNullOrEmpty(o.User), "Neo4jGraphStoreOptions.User (NEO4J_USER) must be set.")
            .Validate(o => o.WriteChunkSize > 0, "Neo4jGraphStoreOptions.WriteChunkSize must be positive.")
            .Validate(o => o.ReadTimeout > TimeSpan.Zero, "Neo4jGraphStoreOptions.ReadTimeout (Graph:Neo4j:ReadTimeout) must be positive.")
            .Validate(o => o.ExportTimeout > TimeSpan.Zero, "Neo4jGraphStoreOptions.ExportTimeout (Graph:Neo4j:ExportTimeout) must be positive.")
            .Validate(o => o.SchemaTimeout > TimeSpan.Zero, "Neo4jGraphStoreOptions.SchemaTimeout (Graph:Neo4j:SchemaTimeout) must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(provider => Neo4jGraphStoreFactory.Create(
            provider.GetRequiredService<IOptions<Neo4jGraphStoreOptions>>().Value,
            provider.GetService<ILoggerFactory>()?.CreateLogger("Graph.Storage.Neo4j")));
        return services;
    }
}
