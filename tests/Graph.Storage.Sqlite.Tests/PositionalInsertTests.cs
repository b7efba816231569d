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

    [Fact]
    public async Task Typed_binds_reuse_one_buffer_and_a_column_left_bound_keeps_its_value()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.FilePath)!);
        await using var connection = await RawSqlite.OpenAsync(_database.FilePath);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE rows (gram TEXT, length INTEGER, note TEXT)";
            await create.ExecuteNonQueryAsync();
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        using (var insert = new PositionalInsert(connection, "INSERT INTO rows (gram, length, note) VALUES (?1, ?2, ?3)"))
        {
            insert.Text(1, "大连");
            insert.Integer(2, 2);
            insert.Text(3, new string('长', 200)); // longer than the buffer the statement starts with
            Assert.Equal(1, insert.Insert(CancellationToken.None));
            insert.Text(3, "短"); // ?1 and ?2 stay bound from the row before
            Assert.Equal(1, insert.Insert(CancellationToken.None));
            insert.Text(1, "连\uFFFF"u8);
            insert.Text(3, (string?)null);
            Assert.Equal(1, insert.Insert(CancellationToken.None));
        }

        await transaction.CommitAsync();
        Assert.Equal(
            ["大连|2|" + new string('长', 200), "大连|2|短", "连\uFFFF|2|-"],
            await RawSqlite.ColumnAsync(connection, "SELECT gram || '|' || length || '|' || coalesce(note, '-') FROM rows ORDER BY rowid"));
    }

    [Fact]
    public async Task An_insert_returning_its_key_gives_the_key_and_a_rejected_row_is_SQLite_s_error()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.FilePath)!);
        await using var connection = await RawSqlite.OpenAsync(_database.FilePath);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE things (no INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE)";
            await create.ExecuteNonQueryAsync();
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        using (var insert = new PositionalInsert(connection, "INSERT INTO things (id) VALUES (?1) RETURNING no"))
        {
            insert.Text(1, "a");
            Assert.Equal(1L, insert.InsertReturningInteger(CancellationToken.None));
            var error = Assert.Throws<SqliteException>(() => insert.InsertReturningInteger(CancellationToken.None));
            Assert.Contains("UNIQUE constraint failed", error.Message, StringComparison.Ordinal);
            insert.Text(1, "b");
            Assert.Equal(2L, insert.InsertReturningInteger(CancellationToken.None));
        }

        using (var silent = new PositionalInsert(connection, "INSERT OR IGNORE INTO things (id) VALUES (?1) RETURNING no"))
        {
            // An ignored row returns nothing: there is no key to give.
            silent.Text(1, "a");
            var error = Assert.Throws<InvalidOperationException>(() => silent.InsertReturningInteger(CancellationToken.None));
            Assert.Contains("no row", error.Message, StringComparison.Ordinal);
        }

        using (var many = new PositionalInsert(connection, "INSERT INTO things (id) SELECT value FROM json_each(?1) RETURNING no"))
        {
            // The caller reads one key per row; a statement that returns more is a wrong statement, not a wrong row.
            many.Text(1, "[\"c\", \"d\"]");
            var error = Assert.Throws<InvalidOperationException>(() => many.InsertReturningInteger(CancellationToken.None));
            Assert.Contains("more than one row", error.Message, StringComparison.Ordinal);
        }

        await transaction.RollbackAsync();
        Assert.Equal(0L, await RawSqlite.ScalarAsync(connection, "SELECT count(*) FROM things"));
    }
}
