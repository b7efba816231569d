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

    /// <summary>
    /// Page cache per connection, in mebibytes. Every pooled reader has its own, so the process holds up to
    /// (<see cref="MaxIdleReadConnections"/> + 1) times this; pages it misses come from the operating system's file cache,
    /// which all connections share and which is not the process's memory. 2 was chosen by measurement (bench/RESULTS.md,
    /// issue 15: no throughput measurably lost against 32 at 100,000 entities, about 200 MiB less resident memory).
    /// </summary>
    public int CacheSizeMegabytes { get; set; } = 2;

    /// <summary>
    /// Page cache of the one writer connection, in mebibytes (the readers keep <see cref="CacheSizeMegabytes"/>). A document's
    /// batch probes and inserts hundreds of rows at hash-ordered places in the mention, relation and figure trees; with 2 the
    /// writer re-read most of those pages from the file cache on every document. 32 was chosen by measurement (issue 15,
    /// `ingest --copies 200 --ingestion-only` on 200 distinct documents, alternated: upsert thread CPU 4.53 / 4.32 / 4.28 s at
    /// 2, 3.67 / 3.91 / 3.67 s at 32); it is the writer's alone, so the process holds at most 30 MiB more than with 2.
    /// </summary>
    public int WriterCacheSizeMegabytes { get; set; } = 32;

    /// <summary>
    /// Bytes of the file SQLite may map into memory (<c>PRAGMA mmap_size</c>), in mebibytes; 0 (the default, chosen by
    /// measurement) reads through the file cache instead. Mapped pages are shared by all connections but count as the
    /// process's resident memory once touched.
    /// </summary>
    public int MmapSizeMegabytes { get; set; }

    /// <summary>
    /// Page cache of the writer, in mebibytes, while it writes a batch of more than <see cref="BulkBatchRows"/> rows (a bulk
    /// load); it shrinks back to <see cref="WriterCacheSizeMegabytes"/> after the batch. Index inserts in random key order touch
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
