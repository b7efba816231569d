using Graph.Bolt;
using Graph.Domain.Store;

namespace Graph.Storage.Neo4j;

/// <summary>Creates Neo4j graph stores for tooling and tests; hosts use <see cref="Neo4jServiceCollectionExtensions.AddNeo4jGraphStore"/>.</summary>
public static class Neo4jGraphStoreFactory
{
    /// <summary>
    /// A store over the database named by <paramref name="options"/>. No connection is made until
    /// <see cref="IGraphStore.InitializeAsync"/>, which applies the schema. The caller disposes it (<see cref="IAsyncDisposable"/>).
    /// </summary>
    public static IGraphStore Create(Neo4jGraphStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Uri);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.WriteChunkSize, 1);
        var driver = BoltDriver.Create(options.Uri, BoltAuth.Basic(options.User, options.Password), new BoltDriverOptions
        {
            Database = string.IsNullOrWhiteSpace(options.Database) ? null : options.Database,
            MaxConnectionPoolSize = options.MaxConnectionPoolSize,
            ConnectionAcquisitionTimeout = options.ConnectionAcquisitionTimeout,
            ConnectionTimeout = options.ConnectionTimeout,
            MaxTransactionRetryTime = options.MaxTransactionRetryTime,
            FetchSize = options.FetchSize,
            UserAgent = "Graph/1.0",
        });
        return new Neo4jGraphStore(driver, options);
    }
}
