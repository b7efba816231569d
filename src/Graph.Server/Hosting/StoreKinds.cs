namespace Graph.Server.Hosting;

/// <summary>The values of <c>Graph:Store</c> (also <c>GRAPH_STORE</c>), compared ignoring case.</summary>
internal static class StoreKinds
{
    public const string Sqlite = "Sqlite";

    public const string Neo4j = "Neo4j";

    public const string UnsupportedMessage = "Graph:Store (GRAPH_STORE) must be 'Sqlite' (the embedded default) or 'Neo4j'.";

    public static bool IsSqlite(string store) => string.Equals(store, Sqlite, StringComparison.OrdinalIgnoreCase);

    public static bool IsNeo4j(string store) => string.Equals(store, Neo4j, StringComparison.OrdinalIgnoreCase);

    public static bool IsSupported(string store) => IsSqlite(store) || IsNeo4j(store);
}
