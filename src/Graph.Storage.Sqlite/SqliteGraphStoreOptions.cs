namespace Graph.Storage.Sqlite;

/// <summary>Settings of the embedded SQLite graph store.</summary>
public sealed class SqliteGraphStoreOptions
{
    /// <summary>The database file; relative paths resolve against the working directory. Its folder is created if missing.</summary>
    public string DatabasePath { get; set; } = "data/graph.db";

    /// <summary>How long a statement waits for a lock held by another connection or process before failing with SQLITE_BUSY.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Idle read connections kept open for reuse; readers beyond this are opened on demand and closed after use.</summary>
    public int MaxIdleReadConnections { get; set; } = 8;

    /// <summary>Page cache per connection, in mebibytes.</summary>
    public int CacheSizeMegabytes { get; set; } = 32;

    /// <summary>
    /// Page cache of the writer, in mebibytes, while it writes a batch of more than <see cref="BulkBatchRows"/> rows (a bulk
    /// load); it shrinks back to <see cref="CacheSizeMegabytes"/> after the batch. Index inserts in random key order touch
    /// pages all over each B-tree, and a cache that holds the trees turns most of those page reads into hits.
    /// </summary>
    public int BulkCacheSizeMegabytes { get; set; } = 512;

    /// <summary>
    /// Keep each document's text beside its facts, so evidence can be read as snippets (default on). Off, a batch's text is
    /// dropped and only facts and offsets are stored; texts stored earlier stay.
    /// </summary>
    public bool KeepText { get; set; } = true;

    /// <summary>Rows (entities, relations, observations and mentions) above which a batch counts as bulk.</summary>
    public int BulkBatchRows { get; set; } = 10_000;
}
