using Graph.Domain.Store;
using Graph.Storage.Sqlite.Faults;

namespace Graph.Storage.Sqlite;

/// <summary>
/// Creates SQLite graph stores for tooling and tests; hosts use <see cref="SqliteServiceCollectionExtensions.AddSqliteGraphStore"/>.
/// </summary>
public static class SqliteGraphStoreFactory
{
    private const int MaxCacheMegabytes = int.MaxValue / 1024;

    /// <summary>
    /// A store over the database file named by <paramref name="options"/>. The caller owns it: call
    /// <see cref="IGraphStoreLifecycle.InitializeAsync"/> before use, and dispose it (it implements <see cref="IAsyncDisposable"/>).
    /// </summary>
    public static IGraphStore Create(SqliteGraphStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            throw new ArgumentException("DatabasePath must name a file.", nameof(options));
        }

        if (options.BusyTimeout < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BusyTimeout, "BusyTimeout must not be negative.");
        }

        if (options.MaxIdleReadConnections < 0 || options.CacheSizeMegabytes < 0 || options.WriterCacheSizeMegabytes < 0
            || options.BulkCacheSizeMegabytes < 0 || options.MmapSizeMegabytes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Connection and cache sizes must not be negative.");
        }

        // SQLite reads cache_size as a 32-bit count of KiB: a larger value wraps and it silently runs with no cache at all.
        if (options.CacheSizeMegabytes > MaxCacheMegabytes || options.WriterCacheSizeMegabytes > MaxCacheMegabytes
            || options.BulkCacheSizeMegabytes > MaxCacheMegabytes)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), $"Cache sizes must not exceed {MaxCacheMegabytes} MiB (SQLite's cache_size is a 32-bit count of KiB).");
        }

        return new SqliteFaultBoundary(new SqliteGraphStore(options));
    }
}
