namespace Graph.Storage.Sqlite.Connections;

/// <summary>The writer connection's page cache (KiB, as <c>PRAGMA cache_size</c> takes it negated) and foreign-key checks.</summary>
internal sealed record WriterMode(long CacheKibibytes, bool ForeignKeys);
