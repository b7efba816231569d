using Graph.Domain.Store;
using Graph.Storage.ContractTests.Analytics;
using Graph.Storage.Sqlite;

namespace Graph.Analytics.Tests;

/// <summary>The analysts' queries over the embedded store, on a fresh database file per test.</summary>
public sealed class SqliteAnalyticsContractTests : AnalyticsContract, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graph-analytics-tests", Guid.NewGuid().ToString("N"));

    protected override Task<IGraphStore> CreateStoreAsync() =>
        Task.FromResult(SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { DatabasePath = Path.Combine(_folder, "graph.db") }));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
