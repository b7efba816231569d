using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Sqlite.Schema;
using Graph.Storage.Sqlite.Tests.Support;
using Xunit;

namespace Graph.Storage.Sqlite.Tests;

public sealed class SqliteGraphStoreLifecycleTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Initializing_creates_the_folder_and_turns_on_write_ahead_logging()
    {
        Assert.False(Directory.Exists(Path.GetDirectoryName(_database.FilePath)));
        await using (var store = _database.CreateStore())
        {
            await store.InitializeAsync();
        }

        Assert.True(File.Exists(_database.FilePath));
        Assert.Equal("wal", await RawSqlite.ScalarAsync(_database.FilePath, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Opening_the_same_file_twice_migrates_it_once()
    {
        await using (var first = _database.CreateStore())
        {
            await first.InitializeAsync();
            await first.UpsertAsync(SampleGraph.Batch);
        }

        await using (var second = _database.CreateStore())
        {
            await second.InitializeAsync();
            await second.InitializeAsync();
        }

        Assert.Equal((long)Migrations.Latest, await RawSqlite.ScalarAsync(_database.FilePath, "PRAGMA user_version"));
        Assert.Equal(9L, await RawSqlite.ScalarAsync(_database.FilePath, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"));
    }

    [Fact]
    public async Task Entities_written_without_a_pinyin_key_get_one_when_the_store_opens()
    {
        await using (var first = _database.CreateStore())
        {
            await first.InitializeAsync();
            await first.UpsertAsync(SampleGraph.Batch);
        }

        // As a database written before schema version 6 holds them.
        await RawSqlite.ScalarAsync(_database.FilePath, "UPDATE entities SET name_key = NULL");

        await using (var second = _database.CreateStore())
        {
            await second.InitializeAsync();
        }

        Assert.Equal(0L, await RawSqlite.ScalarAsync(_database.FilePath, "SELECT count(*) FROM entities WHERE name_key IS NULL"));
        Assert.Equal(
            Graph.Domain.Store.NameSortKey.Pinyin(SampleGraph.Dalian.Name),
            await RawSqlite.ScalarAsync(_database.FilePath, $"SELECT name_key FROM entities WHERE id = '{SampleGraph.Dalian.Id.Value}'"));
    }

    [Fact]
    public async Task Data_survives_closing_and_reopening_the_store()
    {
        await using (var first = _database.CreateStore())
        {
            await first.InitializeAsync();
            await first.UpsertAsync(SampleGraph.Batch);
        }

        await using var second = _database.CreateStore();
        await second.InitializeAsync();

        Assert.Equal(SampleGraph.Batch.Entities.Count, (await second.GetStatisticsAsync()).Entities);
        Assert.Equal(SampleGraph.Dalian.Id, (await second.SearchAsync(new SearchQuery("大连", 1))).Items[0].Node.Entity.Id);
        Assert.True((await second.UpsertAsync(SampleGraph.Batch)).DocumentAlreadyKnown);
    }

    [Fact]
    public async Task A_database_from_a_newer_build_is_refused()
    {
        await using (var store = _database.CreateStore())
        {
            await store.InitializeAsync();
        }

        await RawSqlite.ScalarAsync(_database.FilePath, $"PRAGMA user_version = {Migrations.Latest + 1}");
        await using var newer = _database.CreateStore();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => newer.InitializeAsync());
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Using_the_store_before_initializing_it_fails_clearly()
    {
        await using var store = _database.CreateStore();

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.GetEntitiesAsync([SampleGraph.Dalian.Id]));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.UpsertAsync(SampleGraph.Batch));
    }

    [Fact]
    public async Task A_disposed_store_refuses_work_and_can_be_disposed_again()
    {
        var store = _database.CreateStore();
        await store.InitializeAsync();
        await store.DisposeAsync();
        store.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.GetEntitiesAsync([SampleGraph.Dalian.Id]));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.UpsertAsync(SampleGraph.Batch));
    }

    [Fact]
    public async Task Read_connections_cannot_write()
    {
        await using var store = _database.CreateStore();
        await store.InitializeAsync();
        var connections = new Connections.SqliteConnections(_database.Options);

        await using var reader = await connections.OpenReaderAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(
            () => RawSqlite.ScalarAsync(reader, "INSERT INTO documents VALUES (1, 'h', 'n', NULL, NULL, NULL, 0, 'now')"));
        Assert.Contains("readonly", error.Message.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_factory_checks_its_options()
    {
        Assert.Throws<ArgumentException>(() => SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { DatabasePath = " " }));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { BusyTimeout = TimeSpan.FromSeconds(-1) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Create(new SqliteGraphStoreOptions { CacheSizeMegabytes = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Create(new SqliteGraphStoreOptions { WriterCacheSizeMegabytes = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Create(new SqliteGraphStoreOptions { BulkCacheSizeMegabytes = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Create(new SqliteGraphStoreOptions { MmapSizeMegabytes = -1 }));

        // Past int.MaxValue KiB SQLite would wrap cache_size and run with no cache; the factory refuses instead.
        const int TooLarge = (int.MaxValue / 1024) + 1;
        Assert.Throws<ArgumentOutOfRangeException>(() => Create(new SqliteGraphStoreOptions { CacheSizeMegabytes = TooLarge }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Create(new SqliteGraphStoreOptions { WriterCacheSizeMegabytes = TooLarge }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Create(new SqliteGraphStoreOptions { BulkCacheSizeMegabytes = TooLarge }));
        Assert.IsAssignableFrom<IAsyncDisposable>(SqliteGraphStoreFactory.Create(_database.Options));

        static IGraphStore Create(SqliteGraphStoreOptions options) => SqliteGraphStoreFactory.Create(options);
    }

    [Fact]
    public async Task A_version_4_database_gains_document_texts_and_keeps_its_documents()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.FilePath)!);
        await using (var connection = await RawSqlite.OpenAsync(_database.FilePath))
        {
            foreach (var migration in Migrations.All.Where(m => m.Version <= 4))
            {
                await Execute(connection, migration.Sql);
            }

            await Execute(connection, $"""
                INSERT INTO documents (hash, name, title, source, published_at, length, ingested_at)
                VALUES ('{SampleDocument.Hash}', 'earlier.txt', NULL, NULL, NULL, {SampleDocument.Text.Length}, '2025-01-01T00:00:00Z');
                PRAGMA user_version = 4;
                """);
        }

        await using var store = _database.CreateStore();
        await store.InitializeAsync();

        Assert.Equal((long)Migrations.Latest, await RawSqlite.ScalarAsync(_database.FilePath, "PRAGMA user_version"));
        Assert.Equal("earlier.txt", Assert.Single(await store.GetDocumentsAsync([SampleDocument.Hash])).Name);
        Assert.Empty(await store.GetDocumentTextsAsync([SampleDocument.Hash]));
        await store.UpsertAsync(SampleGraph.Batch with { DocumentText = SampleDocument.Text });
        Assert.Equal(SampleDocument.Text, Assert.Single(await store.GetDocumentTextsAsync([SampleDocument.Hash])).Text);
    }

    private static async Task Execute(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
