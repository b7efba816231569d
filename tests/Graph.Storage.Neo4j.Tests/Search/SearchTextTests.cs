using Graph.Domain.Model;
using Graph.Storage.Neo4j.Search;

namespace Graph.Storage.Neo4j.Tests.Search;

/// <summary>The tokens behind the full-text index that serves two-character Chinese queries.</summary>
public sealed class SearchTextTests
{
    [Fact]
    public void Every_character_and_every_adjacent_pair_of_every_name_is_a_token()
    {
        var tokens = SearchText.Tokens(SearchText.Terms(Entity.Create(EntityKind.Place, "大连市", ["大连", "Dalian"]))).Split(' ');

        Assert.Contains("大连", tokens);
        Assert.Contains("连市", tokens);
        Assert.Contains("市", tokens);
        Assert.Contains("DA", tokens);
        Assert.DoesNotContain("大市", tokens);
    }

    [Theory]
    [InlineData("大连", "+\"大连\"")]
    [InlineData("数字经济", "+\"数字\" +\"字经\" +\"经济\"")]
    [InlineData("市", "+\"市\"")]
    [InlineData("A\"B", "+\"A\\\"\" +\"\\\"B\"")]
    [InlineData("C\\D", "+\"C\\\\\" +\"\\\\D\"")]
    public void A_query_asks_for_all_its_pairs_quoted_so_no_character_is_query_syntax(string normalized, string lucene) =>
        Assert.Equal(lucene, SearchText.LuceneQuery(normalized));

    [Fact]
    public void A_long_text_asks_for_at_most_its_first_32_distinct_pairs_far_below_lucenes_clause_limit()
    {
        // 4 000 characters of 4 000 different code points: 3 999 distinct pairs, which uncapped is 3 999 clauses (> 1 024).
        var text = string.Concat(Enumerable.Range(0x4E00, 4000).Select(c => (char)c));

        var clauses = SearchText.LuceneQuery(text).Split(' ');

        Assert.Equal(SearchText.MaxQueryPairs, clauses.Length);
        Assert.Equal(
            Enumerable.Range(0, SearchText.MaxQueryPairs).Select(i => $"+\"{text[i]}{text[i + 1]}\""),
            clauses);
    }

    [Fact]
    public void Terms_are_canonical_so_latin_matching_ignores_case()
    {
        Assert.Equal(["区域全面经济伙伴关系协定", "RCEP"], SearchText.Terms(Entity.Create(EntityKind.Policy, "区域全面经济伙伴关系协定", ["rcep"])));
        Assert.Equal("GDP", SearchText.Normalize("Ｇｄｐ"));
    }
}
