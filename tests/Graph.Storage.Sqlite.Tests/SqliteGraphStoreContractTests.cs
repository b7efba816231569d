using Graph.Domain.Store;
using Graph.Storage.ContractTests;
using Graph.Storage.Sqlite.Tests.Support;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>The store contract against a fresh database file per test, deleted afterwards.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract
{
    private readonly TemporaryDatabase _database = new();

    private readonly TemporaryDatabase _textless = new();

    protected override Task<IGraphStore> CreateStoreAsync() => Task.FromResult(SqliteGraphStoreFactory.Create(_database.Options));

    protected override Task<IGraphStore> CreateStoreKeepingNoTextAsync()
    {
        var options = _textless.Options;
        options.KeepText = false;
        return Task.FromResult(SqliteGraphStoreFactory.Create(options));
    }

    protected override async Task DisposeStoreAsync(IGraphStore store)
    {
        await base.DisposeStoreAsync(store);
        _database.Dispose();
        _textless.Dispose();
    }
}
