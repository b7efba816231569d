namespace Graph.Server.Hosting;

/// <summary>The values of <c>Graph:Store</c>.</summary>
internal static class StoreKinds
{
    public const string Sqlite = "Sqlite";

    public const string UnsupportedMessage =
        "Graph:Store (GRAPH_STORE) must be 'Sqlite'; the Neo4j backend is not part of this build yet.";

    public static bool IsSqlite(string store) => string.Equals(store, Sqlite, StringComparison.OrdinalIgnoreCase);

    public static bool IsSupported(string store) => IsSqlite(store);
}
