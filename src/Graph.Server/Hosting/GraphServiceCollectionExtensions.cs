using Graph.Domain.Store;
using Graph.Extraction;
using Graph.Server.Hosting.SampleGraph;
using Graph.Storage.Neo4j;
using Graph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Server.Hosting;

/// <summary>The services every verb needs: options, the chosen store and extraction.</summary>
internal static class GraphServiceCollectionExtensions
{
    public static IServiceCollection AddGraphCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>()
            .Bind(configuration.GetSection(GraphOptions.SectionName))
            .PostConfigure(options => ApplyEnvironmentNames(options, configuration))
            .ValidateDataAnnotations()
            .Validate(options => StoreKinds.IsSupported(options.Store), StoreKinds.UnsupportedMessage)
            .ValidateOnStart();

        // The store is chosen from configuration once; the host never names an implementation type.
        var graphOptions = Resolve(configuration);
        var keepText = StoreTextSetting.Read(configuration);
        if (StoreKinds.IsSqlite(graphOptions.Store))
        {
            services.AddSqliteGraphStore(sqlite =>
            {
                // Graph:Sqlite tunes the embedded store's memory (README's configuration table); the factory rejects negatives.
                var tuning = configuration.GetSection("Graph:Sqlite");
                sqlite.CacheSizeMegabytes = tuning.GetValue(nameof(sqlite.CacheSizeMegabytes), sqlite.CacheSizeMegabytes);
                sqlite.WriterCacheSizeMegabytes = tuning.GetValue(nameof(sqlite.WriterCacheSizeMegabytes), sqlite.WriterCacheSizeMegabytes);
                sqlite.MmapSizeMegabytes = tuning.GetValue(nameof(sqlite.MmapSizeMegabytes), sqlite.MmapSizeMegabytes);
                sqlite.MaxIdleReadConnections = tuning.GetValue(nameof(sqlite.MaxIdleReadConnections), sqlite.MaxIdleReadConnections);
                sqlite.DatabasePath = graphOptions.Database;
                sqlite.KeepText = keepText;
            });
        }
        else if (StoreKinds.IsNeo4j(graphOptions.Store))
        {
            services.AddNeo4jGraphStore(neo4j => ConfigureNeo4j(neo4j, configuration));
        }

        // The narrow views are the one store (and whatever decorates it), each asked for by the callers that need only it.
        services.AddSingleton<IGraphReader>(provider => provider.GetRequiredService<IGraphStore>());
        services.AddSingleton<IGraphWriter>(provider => provider.GetRequiredService<IGraphStore>());
        services.AddSingleton<IGraphExporter>(provider => provider.GetRequiredService<IGraphStore>());
        services.AddSingleton<IGraphStoreLifecycle>(provider => provider.GetRequiredService<IGraphStore>());
        services.AddSingleton<IDocumentTextReader>(provider => provider.GetRequiredService<IGraphStore>());

        services.AddGraphExtraction();
        services.AddSingleton<SampleGraphLoader>();
        return services;
    }

    /// <summary>Where the graph lives, for people: the embedded file's full path, or the Neo4j URI and database.</summary>
    public static string DescribeStore(IConfiguration configuration)
    {
        var options = Resolve(configuration);
        if (!StoreKinds.IsNeo4j(options.Store))
        {
            return Path.GetFullPath(options.Database);
        }

        var neo4j = new Neo4jGraphStoreOptions();
        ConfigureNeo4j(neo4j, configuration);
        return $"Neo4j at {neo4j.Uri} (database {neo4j.Database})";
    }

    /// <summary>The effective options, for decisions made while registering services.</summary>
    public static GraphOptions Resolve(IConfiguration configuration)
    {
        var options = new GraphOptions();
        configuration.GetSection(GraphOptions.SectionName).Bind(options);
        ApplyEnvironmentNames(options, configuration);
        return options;
    }

    /// <summary>
    /// Neo4j's settings from <c>Graph:Neo4j</c>, and from the variables every Neo4j tool reads (<c>NEO4J_URI</c>,
    /// <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>) for whatever that section leaves unset.
    /// </summary>
    private static void ConfigureNeo4j(Neo4jGraphStoreOptions options, IConfiguration configuration)
    {
        var section = configuration.GetSection(GraphOptions.Neo4jSectionName);
        section.Bind(options);
        options.KeepText = StoreTextSetting.Read(configuration);
        if (section[nameof(Neo4jGraphStoreOptions.Uri)] is null && configuration["NEO4J_URI"] is { Length: > 0 } uri)
        {
            options.Uri = new Uri(uri);
        }

        if (section[nameof(Neo4jGraphStoreOptions.User)] is null && configuration["NEO4J_USER"] is { Length: > 0 } user)
        {
            options.User = user;
        }

        if (section[nameof(Neo4jGraphStoreOptions.Password)] is null && configuration["NEO4J_PASSWORD"] is { } password)
        {
            options.Password = password;
        }

        if (section[nameof(Neo4jGraphStoreOptions.Database)] is null && configuration["NEO4J_DATABASE"] is { Length: > 0 } database)
        {
            options.Database = database;
        }
    }

    /// <summary>
    /// <c>GRAPH_DB</c> and <c>GRAPH_STORE</c> are the names other tools use; they apply unless <c>Graph:*</c> (e.g. from
    /// <c>--db</c>) says otherwise.
    /// </summary>
    private static void ApplyEnvironmentNames(GraphOptions options, IConfiguration configuration)
    {
        var section = configuration.GetSection(GraphOptions.SectionName);
        if (section[nameof(GraphOptions.Database)] is null && configuration["GRAPH_DB"] is { Length: > 0 } database)
        {
            options.Database = database;
        }

        if (string.IsNullOrEmpty(section[nameof(GraphOptions.Store)]))
        {
            // Also when only Graph:Store:KeepText is set: that makes Graph:Store a section whose value some providers give as
            // an empty string, which the binder would take for the store's name.
            options.Store = configuration["GRAPH_STORE"] is { Length: > 0 } store ? store : StoreKinds.Sqlite;
        }
    }
}
