using Graph.Storage.Sqlite.Tests.Support;
using Graph.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>The search index's rows go in through the writer's own SQLite handle; a failing row must surface as SQLite's error.</summary>
public sealed class PositionalInsertTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_row_SQLite_rejects_throws_its_error_and_the_statement_takes_the_next_row()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.FilePath)!);
        await using var connection = await RawSqlite.OpenAsync(_database.FilePath);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE grams (gram TEXT NOT NULL CHECK (length(gram) = 2), length INTEGER NOT NULL, entity_no INTEGER NOT NULL)";
            await create.ExecuteNonQueryAsync();
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        using (var insert = new PositionalInsert(connection, "INSERT INTO grams (gram, length, entity_no) VALUES (?1, ?2, ?3)"))
        {
            Assert.Equal(1, insert.Row(CancellationToken.None, "大连", 2, 7L));
            var error = Assert.Throws<SqliteException>(() => insert.Row(CancellationToken.None, "大", 1, 8L));
            Assert.Contains("CHECK constraint failed", error.Message, StringComparison.Ordinal);
            Assert.Equal(1, insert.Row(CancellationToken.None, "连\uFFFF", 2, 7L));
        }

        await transaction.CommitAsync();
        Assert.Equal(2L, await RawSqlite.ScalarAsync(connection, "SELECT count(*) FROM grams"));
        Assert.Equal("连\uFFFF", await RawSqlite.ScalarAsync(connection, "SELECT gram FROM grams WHERE gram <> '大连'"));
    }

    [Fact]
    public async Task A_statement_that_does_not_prepare_is_SQLite_s_error()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.FilePath)!);
        await using var connection = await RawSqlite.OpenAsync(_database.FilePath);

        var error = Assert.Throws<SqliteException>(() => new PositionalInsert(connection, "INSERT INTO missing (a) VALUES (?1)"));

        Assert.Contains("no such table", error.Message, StringComparison.Ordinal);
    }
}
