using System.Text;
using Graph.Bench.Measure;
using Graph.Domain.Identity;
using Microsoft.Data.Sqlite;

namespace Graph.Bench.Commands;

/// <summary>
/// Writes the inputs the wrk scripts cycle through (bench/http/*.lua): seeded random entities, policies, connected pairs
/// and search texts, as global IDs, one per line: <c>entity ID</c>, <c>policy ID</c>, <c>pair ID ID</c>, <c>text TEXT</c>.
/// </summary>
internal static class WrkInputsCommand
{
    public static async Task RunAsync(BenchArguments arguments)
    {
        var path = arguments.String("db", "bench/data/graph-1000000.db");
        var count = arguments.Int("count", 1000);
        using var sampler = new Sampler(path, arguments.Int("seed", 23));
        var lines = new List<string>();
        for (var i = 0; i < count; i++)
        {
            lines.Add($"entity {Global(sampler.Connection, sampler.Entity())}");
            lines.Add($"policy {Global(sampler.Connection, sampler.Entity("Policy"))}");
            var (from, to, _) = sampler.ConnectedPair(4);
            lines.Add($"pair {Global(sampler.Connection, from)} {Global(sampler.Connection, to)}");
            lines.Add($"text {sampler.SearchText()}");
        }

        await File.WriteAllLinesAsync(arguments.String("out", "bench/data/wrk-inputs.txt"), lines).ConfigureAwait(false);
    }

    private static string Global(SqliteConnection connection, EntityId id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind FROM entities WHERE id = $id";
        command.Parameters.AddWithValue("$id", id.Value);
        var kind = (string)command.ExecuteScalar()!;
        return Convert.ToBase64String(Encoding.UTF8.GetBytes($"{kind}:{id.Value}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
