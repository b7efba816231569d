using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Tests.Support;

/// <summary>Plain connections to a store's file, for looking under the store's API.</summary>
internal static class RawSqlite
{
    public static async Task<SqliteConnection> OpenAsync(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    public static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = await OpenAsync(path);
        return await ScalarAsync(connection, sql);
    }

    public static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public static async Task<List<string>> ColumnAsync(SqliteConnection connection, string sql, int column = 0)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(column));
        }

        return values;
    }
}
