using Graph.Bolt;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j.Tests.Support;

/// <summary>
/// The Neo4j server the contract suites run against: NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), as in
/// the README (<c>docker compose up -d neo4j</c>, then <c>NEO4J_URI=bolt://localhost:7687 dotnet test Graph.sln</c>).
/// </summary>
internal static class Neo4jEnvironment
{
    /// <summary>
    /// The xunit collection of every test class that empties and fills that one database, so that they take turns rather
    /// than wipe each other's data.
    /// </summary>
    public const string DatabaseCollection = "Neo4j database";

    public const string SkipReason =
        "NEO4J_URI is not set, so the Neo4j store and analytics contract suites did not run; start Neo4j (docker compose up -d " +
        "neo4j) and set NEO4J_URI=bolt://localhost:7687 with NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE to run them.";

    public static bool IsConfigured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI"));

    public static Neo4jGraphStoreOptions Options() => new()
    {
        Uri = new Uri(Environment.GetEnvironmentVariable("NEO4J_URI")!),
        User = Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user ? user : "neo4j",
        Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? string.Empty,
        Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } database ? database : null,
    };

    /// <summary>A store over the configured database after deleting everything in it (the schema stays).</summary>
    public static async Task<IGraphStore> CreateEmptyStoreAsync(bool keepText = true)
    {
        var options = Options();
        options.KeepText = keepText;
        var driverOptions = new BoltDriverOptions { Database = options.Database };
        await using (var driver = BoltDriver.Create(options.Uri, BoltAuth.Basic(options.User, options.Password), driverOptions))
        {
            await (await driver.RunAsync(CypherCatalog.DeleteEverything)).ConsumeAsync();
        }

        return Neo4jGraphStoreFactory.Create(options);
    }
}
