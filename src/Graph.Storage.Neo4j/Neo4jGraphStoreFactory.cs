using Graph.Bolt;
using Graph.Domain.Store;
using Microsoft.Extensions.Logging;

namespace Graph.Storage.Neo4j;

/// <summary>Creates Neo4j graph stores for tooling and tests; hosts use <see cref="Neo4jServiceCollectionExtensions.AddNeo4jGraphStore"/>.</summary>
public static class Neo4jGraphStoreFactory
{
    /// <summary>
    /// A store over the database named by <paramref name="options"/>. No connection is made until
    /// <see cref="IGraphStoreLifecycle.InitializeAsync"/>, which applies the schema. The caller disposes it (<see cref="IAsyncDisposable"/>).
    /// </summary>
    /// <param name="logger">Where the store reports a server it could not reach at start-up; none by default.</param>
    public static IGraphStore Create(Neo4jGraphStoreOptions options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var driver = BoltDriver.Create(options.Uri, BoltAuth.Basic(options.User, options.Password), DriverOptions(options));
        return new Neo4jGraphStore(driver, options, logger: logger);
    }

    /// <summary>The driver settings the store's options imply.</summary>
    internal static BoltDriverOptions DriverOptions(Neo4jGraphStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.Uri);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.WriteChunkSize, 1);
        return new BoltDriverOptions
        {
            Database = string.IsNullOrWhiteSpace(options.Database) ? null : options.Database,
            MaxConnectionPoolSize = options.MaxConnectionPoolSize,
            ConnectionAcquisitionTimeout = options.ConnectionAcquisitionTimeout,
            ConnectionTimeout = options.ConnectionTimeout,
            MaxTransactionRetryTime = options.MaxTransactionRetryTime,
            RetryWhenUnreachable = options.RetryWhenUnreachable,
            FetchSize = options.FetchSize,
            UserAgent = "Graph/1.0",
        };
    }
}
