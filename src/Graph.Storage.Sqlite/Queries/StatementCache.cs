using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Queries;

/// <summary>
/// Commands prepared once per connection and reused for every later call on it. Preparing (parsing and planning the SQL)
/// costs more than running a one-row look-up, and entity by ID is the most frequent read the service makes. A pooled read
/// connection serves one lease at a time, so its commands never run concurrently; closing the connection finalizes them.
/// The cache of a connection is bounded by the catalog: its keys are statement texts from <c>SqlCatalog</c>, whose run-time
/// variants are closed choices. A cached command belongs to the cache: callers bind it and read it, and never dispose it.
/// </summary>
internal static class StatementCache
{
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Caches = [];

    /// <summary>The connection's command for <paramref name="sql"/>, with its parameters as the last caller left them.</summary>
    public static SqliteCommand Get(SqliteConnection connection, string sql, params ReadOnlySpan<string> parameterNames)
    {
        var cache = Caches.GetOrCreateValue(connection);
        if (cache.TryGetValue(sql, out var command))
        {
            return command;
        }

        command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name, Value = DBNull.Value });
        }

        command.Prepare();
        cache[sql] = command;
        return command;
    }

    /// <summary>
    /// The connection's command for <paramref name="sql"/> with every parameter of <paramref name="values"/> bound; a
    /// statement's parameters follow from its text, so the same text always gets the same names.
    /// </summary>
    public static SqliteCommand Bind(SqliteConnection connection, string sql, params ReadOnlySpan<(string Name, object Value)> values)
    {
        var command = Get(connection, sql);
        foreach (var (name, value) in values)
        {
            var index = command.Parameters.IndexOf(name);
            if (index < 0)
            {
                command.Parameters.AddWithValue(name, value);
            }
            else
            {
                command.Parameters[index].Value = value;
            }
        }

        return command;
    }
}
