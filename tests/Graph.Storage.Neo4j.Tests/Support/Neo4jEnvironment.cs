namespace Graph.Storage.Neo4j.Tests.Support;

/// <summary>
/// The Neo4j server the contract suite runs against: NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), as in
/// the README (<c>docker compose up -d neo4j</c>, then <c>NEO4J_URI=bolt://localhost:7687 dotnet test Graph.sln</c>).
/// </summary>
internal static class Neo4jEnvironment
{
    public const string SkipReason =
        "NEO4J_URI is not set, so the Neo4j store contract suite did not run; start Neo4j (docker compose up -d neo4j) and set " +
        "NEO4J_URI=bolt://localhost:7687 with NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE to run it.";

    public static bool IsConfigured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI"));

    public static Neo4jGraphStoreOptions Options() => new()
    {
        Uri = new Uri(Environment.GetEnvironmentVariable("NEO4J_URI")!),
        User = Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user ? user : "neo4j",
        Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? string.Empty,
        Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } database ? database : null,
    };
}
