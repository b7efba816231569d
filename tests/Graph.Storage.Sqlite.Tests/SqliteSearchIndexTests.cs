using Graph.Storage.ContractTests.Samples;
using Graph.Storage.Sqlite.Search;
using Graph.Storage.Sqlite.Tests.Support;
using Xunit;

namespace Graph.Storage.Sqlite.Tests;

public sealed class SqliteSearchIndexTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Terms_are_canonical_and_grams_pair_each_character_with_the_next()
    {
        Assert.Equal(["大连", "连市", "市" + SearchText.EndMark], SearchText.IndexGrams("大连市"));
        Assert.Equal(["R" + SearchText.EndMark], SearchText.IndexGrams("R"));
        Assert.Equal("RCEP", SearchText.Normalize(" ｒｃｅｐ "));
        Assert.Equal("关于促进数据产业", SearchText.Normalize("《关于促进 数据产业》"));
        Assert.Equal(["大连"], SearchText.QueryGrams("大连"));
        Assert.Equal(["数据", "据局"], SearchText.QueryGrams("数据局"));
    }

    [Fact]
    public async Task The_index_holds_every_name_and_alias_as_bigrams()
    {
        await using var store = _database.CreateStore();
        await store.InitializeAsync();
        await store.UpsertAsync(SampleGraph.Batch);
        await using var connection = await RawSqlite.OpenAsync(_database.FilePath);

        var terms = await RawSqlite.ColumnAsync(
            connection,
            "SELECT t.term FROM search_terms t JOIN entities e ON e.entity_no = t.entity_no " +
            $"WHERE e.id = '{SampleGraph.Dalian.Id}' ORDER BY t.term");
        var grams = await RawSqlite.ColumnAsync(
            connection,
            "SELECT DISTINCT g.gram FROM search_grams g JOIN entities e ON e.entity_no = g.entity_no " +
            $"WHERE e.id = '{SampleGraph.Dalian.Id}' ORDER BY g.gram");

        Assert.Equal(["大连", "大连市"], terms);
        Assert.Equal(new[] { "大连", "连市", "连" + SearchText.EndMark, "市" + SearchText.EndMark }.Order(StringComparer.Ordinal), grams);
    }

    [Fact]
    public async Task Search_candidates_come_from_the_gram_index_not_a_scan()
    {
        await using var store = _database.CreateStore();
        await store.InitializeAsync();
        await using var connection = await RawSqlite.OpenAsync(_database.FilePath);

        var plan = string.Join(
            "\n",
            await RawSqlite.ColumnAsync(
                connection,
                "EXPLAIN QUERY PLAN SELECT g.entity_no FROM search_grams g WHERE g.gram IN (SELECT value FROM json_each('[\"大连\"]')) " +
                "GROUP BY g.entity_no HAVING count(*) = 1",
                3));

        Assert.Contains("USING PRIMARY KEY (gram=?)", plan, StringComparison.Ordinal);
    }
}
