using Graph.Domain.Store;
using Graph.Storage.Sqlite.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Graph.Storage.Sqlite.Tests;

public sealed class SqliteServiceCollectionExtensionsTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_registration_provides_one_store_that_the_container_disposes()
    {
        var services = new ServiceCollection().AddSqliteGraphStore(o => o.DatabasePath = _database.FilePath);
        IGraphStore store;
        await using (var provider = services.BuildServiceProvider(validateScopes: true))
        {
            store = provider.GetRequiredService<IGraphStore>();
            Assert.Same(store, provider.GetRequiredService<IGraphStore>());
            await store.InitializeAsync();
            await store.CheckHealthAsync();
        }

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.CheckHealthAsync());
    }

    [Fact]
    public void Options_without_a_path_fail_validation()
    {
        using var provider = new ServiceCollection().AddSqliteGraphStore(o => o.DatabasePath = "").BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IGraphStore>());
    }

    [Fact]
    public void The_default_path_is_under_data()
    {
        Assert.Equal("data/graph.db", new SqliteGraphStoreOptions().DatabasePath);
    }
}
