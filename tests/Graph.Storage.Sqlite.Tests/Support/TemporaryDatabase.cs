using Graph.Storage.Sqlite;

namespace Graph.Storage.Sqlite.Tests.Support;

/// <summary>A database file in a folder of its own under the temp directory; disposing deletes the folder, WAL files and all.</summary>
internal sealed class TemporaryDatabase : IDisposable
{
    public TemporaryDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "graph-sqlite-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "nested", "graph.db");
    }

    public string Folder { get; }

    /// <summary>The database file; its folder does not exist until a store creates it.</summary>
    public string FilePath { get; }

    public SqliteGraphStoreOptions Options => new() { DatabasePath = FilePath, BusyTimeout = TimeSpan.FromSeconds(30) };

    public SqliteGraphStore CreateStore(TimeProvider? clock = null) => new(Options, clock);

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
