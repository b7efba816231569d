using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Graph.Bench.Measure;
using Microsoft.Data.Sqlite;

namespace Graph.Bench.Commands;

/// <summary>
/// The neighborhood ratio: the same 2-hop neighborhoods (limit 200) through the GraphQL API over HTTP on loopback and
/// through one hand-written SQLite statement, interleaved center by center so both see the same machine state.
/// </summary>
internal static class RatiosCommand
{
    private const string Query =
        "query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { " +
        "truncated nodes { distance entity { id name kind } } edges { id type } } }";

    public static async Task RunAsync(BenchArguments arguments)
    {
        var path = arguments.String("db", "bench/data/graph-1000000.db");
        var url = arguments.String("url", "http://127.0.0.1:5088/graphql");
        var samples = arguments.Int("samples", 300);
        using var sampler = new Sampler(path, arguments.Int("seed", 11));
        var centers = Enumerable.Range(0, samples + 20).Select(_ => sampler.Entity()).ToList();
        var kinds = centers.ToDictionary(c => c, c => Kind(sampler.Connection, c.Value));
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        await using var sql = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await sql.OpenAsync().ConfigureAwait(false);
        await using var command = sql.CreateCommand();
        command.CommandText = NeighborhoodSql.Capped;
        var center = command.Parameters.Add("$c", SqliteType.Text);
        command.Parameters.AddWithValue("$limit", 200);
        command.Prepare();

        var api = new Latencies("2-hop neighborhood via GraphQL over HTTP");
        var raw = new Latencies("2-hop neighborhood, one hand-written SQLite statement");
        var index = 0;
        foreach (var id in centers)
        {
            var globalId = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{kinds[id]}:{id.Value}"))
                .TrimEnd('=').Replace('+', '-').Replace('/', '_');
            var warm = index++ < 20;
            async Task<int> Api()
            {
                using var response = await http
                    .PostAsJsonAsync(string.Empty, new { query = Query, variables = new { id = globalId } })
                    .ConfigureAwait(false);
                return (await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync().ConfigureAwait(false)).Length;
            }

            async Task<int> Raw()
            {
                center.Value = id.Value;
                var rows = 0;
                await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
                while (await reader.ReadAsync().ConfigureAwait(false))
                {
                    for (var column = 0; column < reader.FieldCount; column++)
                    {
                        _ = reader.IsDBNull(column) ? null : reader.GetValue(column);
                    }

                    rows++;
                }

                return rows;
            }

            if (warm)
            {
                await Api().ConfigureAwait(false);
                await Raw().ConfigureAwait(false);
                continue;
            }

            await api.TimeAsync(Api).ConfigureAwait(false);
            await raw.TimeAsync(Raw).ConfigureAwait(false);
        }

        Console.WriteLine(Latencies.Header);
        Console.WriteLine(api.Row());
        Console.WriteLine(raw.Row());
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"ratio API/SQL: mean {api.Mean / raw.Mean:F2}x, p50 {api.Percentile(50) / raw.Percentile(50):F2}x, " +
            $"p95 {api.Percentile(95) / raw.Percentile(95):F2}x"));
    }

    private static string Kind(SqliteConnection connection, string id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind FROM entities WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return (string)command.ExecuteScalar()!;
    }
}
