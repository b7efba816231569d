using Graph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Queries;

/// <summary>Small helpers for parameterized commands. Values always travel as parameters, never inside the SQL text.</summary>
internal static class Commands
{
    public static SqliteCommand Create(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    /// <summary>
    /// Binds a list as one JSON array parameter, read in SQL with <c>json_each</c>, so no list ever hits the parameter limit.
    /// </summary>
    public static SqliteCommand WithList(this SqliteCommand command, string name, IEnumerable<string> values) =>
        command.With(name, JsonColumns.Array(values));
}
