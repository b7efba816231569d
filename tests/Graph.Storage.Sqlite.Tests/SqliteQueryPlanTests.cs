using Graph.Storage.Sqlite.Tests.Support;
using Xunit;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>
/// The hot paths of the benchmark (entity by ID, graph expansion, relations by anchor) must be index look-ups; a schema
/// change that turns one into a scan fails here rather than at a million rows.
/// </summary>
public sealed class SqliteQueryPlanTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData(
        "SELECT e.id, e.name FROM entities e WHERE e.id IN (SELECT value FROM json_each('[\"a\"]'))",
        "USING INDEX sqlite_autoindex_entities_1 (id=?)")]
    [InlineData(
        "WITH f (id) AS (SELECT DISTINCT value FROM json_each('[\"a\"]')) " +
        "SELECT r.from_id, r.to_id, r.id FROM relations r WHERE r.from_id IN (SELECT id FROM f) " +
        "UNION ALL SELECT r.to_id, r.from_id, r.id FROM relations r WHERE r.to_id IN (SELECT id FROM f)",
        "USING COVERING INDEX relations_by_to_id (to_id=?)")]
    [InlineData(
        "SELECT r.to_id, r.id FROM relations r WHERE r.from_id = 'a' AND r.type IN (SELECT value FROM json_each('[\"LOCATED_IN\"]'))",
        "USING COVERING INDEX relations_by_from_id (from_id=?)")]
    [InlineData(
        "SELECT o.id FROM observations o WHERE o.subject_id IN (SELECT value FROM json_each('[\"a\"]')) " +
        "ORDER BY o.subject_id, o.indicator_id, o.period_start, o.id",
        "USING COVERING INDEX observations_by_subject (subject_id=?)")]
    [InlineData(
        "SELECT e.id FROM entities e WHERE e.kind = 'Place' AND (e.name, e.id) > ('a', 'b') ORDER BY e.name, e.id LIMIT 10",
        "USING COVERING INDEX entities_by_kind_name (kind=? AND (name,id)>(?,?))")]
    public async Task Hot_paths_use_their_index(string sql, string expected)
    {
        await using (var store = _database.CreateStore())
        {
            await store.InitializeAsync();
        }

        await using var connection = await RawSqlite.OpenAsync(_database.FilePath);
        var plan = string.Join("\n", await RawSqlite.ColumnAsync(connection, "EXPLAIN QUERY PLAN " + sql, 3));

        Assert.Contains(expected, plan, StringComparison.Ordinal);
    }
}
