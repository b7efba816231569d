using Graph.Storage.Sqlite.Sql;
using Graph.Storage.Sqlite.Tests.Support;
using Xunit;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>
/// Mentions are keyed by (target kind, target number, …) since schema version 9: evidence by target and every "is anything
/// still mentioned" check of a retraction must seek that key, never scan the table (a document adds ~800 rows).
/// </summary>
public sealed class SqliteMentionPlanTests : IDisposable
{
    private const string KeySeek = "SEARCH m USING PRIMARY KEY (target_kind=? AND target_no=?)";

    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Mentions_of_targets_find_each_ID_by_an_index_and_seek_its_mentions()
    {
        var plan = await PlanAsync(SqlCatalog.MentionsOfTargets);

        // The IDs are looked up among entities, relations and observations, and each one found seeks its mentions.
        Assert.Contains(KeySeek, plan, StringComparison.Ordinal);
        Assert.Contains("sqlite_autoindex_entities_1 (id=?)", plan, StringComparison.Ordinal);
        Assert.Contains("sqlite_autoindex_relations_1 (id=?)", plan, StringComparison.Ordinal);
        Assert.Contains("sqlite_autoindex_observations_1 (id=?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN m", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN entities", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_retraction_check_for_remaining_mentions_is_a_key_seek()
    {
        var checks = (SqlCatalog.RetractVersion + ";" + SqlCatalog.RetractOrphans)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Contains("NOT EXISTS (SELECT 1 FROM mentions", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(3, checks.Count);

        foreach (var check in checks)
        {
            var plan = await PlanAsync(check);
            Assert.Contains(KeySeek, plan, StringComparison.Ordinal);
            Assert.DoesNotContain("SCAN m", plan, StringComparison.Ordinal);
        }
    }

    private async Task<string> PlanAsync(string sql)
    {
        await using (var store = _database.CreateStore())
        {
            await store.InitializeAsync();
        }

        await using var connection = await RawSqlite.OpenAsync(_database.FilePath);
        await using (var prepare = connection.CreateCommand())
        {
            // The retraction's temp tables and its orphan list, as the retraction creates them.
            prepare.CommandText = SqlCatalog.RetractionPrepare + SqlCatalog.RetractOrphans.Split(';')[0] + ";";
            await prepare.ExecuteNonQueryAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in new[] { "$targets", "$old", "$keep" }.Where(n => sql.Contains(n, StringComparison.Ordinal)))
        {
            command.Parameters.AddWithValue(name, name == "$old" ? "h" : "[\"a\"]");
        }

        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(3));
        }

        return string.Join("\n", rows);
    }
}
