namespace Graph.Storage.Sqlite;

/// <summary>Builds the exceptions of the cold paths, so callers read as one line.</summary>
internal static class ThrowHelper
{
    public static InvalidOperationException NotInitialized() =>
        new("The SQLite graph store is not initialized; call InitializeAsync once at start-up.");
}
