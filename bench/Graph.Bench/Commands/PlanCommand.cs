using Microsoft.Data.Sqlite;

namespace Graph.Bench.Commands;

/// <summary>
/// Prints SQLite's plan and the time of a statement read from standard input, with the SQLite library the store uses (the
/// sqlite3 shell's may be another version and plan differently).
/// </summary>
internal static class PlanCommand
{
    public static async Task RunAsync(BenchArguments arguments)
    {
        var sql = await Console.In.ReadToEndAsync().ConfigureAwait(false);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = arguments.String("db", "bench/data/graph-1000000.db"), Mode = SqliteOpenMode.ReadOnly,
        }.ToString());
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version()";
        Console.WriteLine($"SQLite {await command.ExecuteScalarAsync().ConfigureAwait(false)}");
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        await using (var reader = await command.ExecuteReaderAsync().ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                Console.WriteLine(reader.GetString(3));
            }
        }

        command.CommandText = sql;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var rows = 0;
        await using (var reader = await command.ExecuteReaderAsync().ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                rows++;
            }
        }

        Console.WriteLine($"{rows} rows in {watch.Elapsed.TotalMilliseconds:F2} ms");
    }
}
