using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>
/// The embedded store's failures, on a real file, reach callers as the domain's exceptions (the store's edge translates
/// them): a lock held past the busy timeout is a timeout, a file that is not a database is unavailable, a garbled cursor
/// is invalid input; a caller's own cancellation stays a cancellation.
/// </summary>
public sealed class SqliteGraphStoreFaultTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_write_lock_held_by_another_process_past_the_busy_timeout_fails_as_a_store_timeout_and_writes_nothing()
    {
        await using var store = Create(TimeSpan.FromMilliseconds(200));
        await store.InitializeAsync();
        await using var other = await RawSqlite.OpenAsync(_database.FilePath);
        await using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<GraphStoreTimeoutException>(() => store.UpsertAsync(SampleGraph.Batch));

        Assert.Equal(5, Assert.IsType<SqliteException>(error.InnerException).SqliteErrorCode & 0xFF);
        Assert.Contains(_database.FilePath, error.Message, StringComparison.Ordinal);
        await using (var rollback = other.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }

        Assert.Equal(0, (await store.GetStatisticsAsync()).Entities);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_makes_the_store_unavailable_at_start_up()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.FilePath)!);
        await File.WriteAllTextAsync(_database.FilePath, string.Concat(Enumerable.Repeat("not a database file; ", 400)));
        await using var store = Create(TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.InitializeAsync());

        Assert.Equal(26, Assert.IsType<SqliteException>(error.InnerException).SqliteErrorCode & 0xFF);
        Assert.Contains("not a database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_garbled_cursor_or_a_negative_page_size_is_invalid_input_with_a_message_for_the_caller()
    {
        await using var store = Create(TimeSpan.FromSeconds(1));
        await store.InitializeAsync();

        var cursor = await Assert.ThrowsAsync<InvalidGraphInputException>(
            () => store.ListEntitiesAsync(new EntityListQuery(EntityKind.Place, 1, "garbage!")));
        var first = await Assert.ThrowsAsync<InvalidGraphInputException>(
            () => store.GetRelationsAsync(new RelationQuery([new EntityId("place_0000000000000000")], RelationDirection.Both, -1)));

        Assert.Contains("cursor", cursor.Message, StringComparison.Ordinal);
        Assert.Contains("FirstPerEntity", first.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_cancelled_by_its_caller_stays_a_cancellation()
    {
        await using var store = Create(TimeSpan.FromSeconds(1));
        await store.InitializeAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.SearchAsync(new SearchQuery("大连", 5), cancelled.Token));
    }

    // The factory's store is the one hosts get: the embedded store behind its fault edge.
    private DelegatingGraphStore Create(TimeSpan busyTimeout) =>
        (DelegatingGraphStore)SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { DatabasePath = _database.FilePath, BusyTimeout = busyTimeout });
}
