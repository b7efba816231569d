using System.Globalization;
using System.Text;
using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Storage.Neo4j.Search;

/// <summary>
/// The search index's view of names. Lucene's standard analyzer splits Chinese into single characters, so the store
/// indexes its own tokens with the whitespace analyzer: every character and every pair of adjacent characters of each
/// canonical term (<see cref="CanonicalName"/>: NFKC, no white space, Latin upper-cased). A query of one character asks
/// for that character; a longer one for all its pairs, and a substring test on the terms then confirms the characters are
/// adjacent in one name (大连 matches 大连市 and 大连港集团; 大市 matches nothing).
/// </summary>
internal static class SearchText
{
    /// <summary>
    /// The most pairs a Lucene query requires. Each is one clause, and Lucene refuses a query of more than 1 024 clauses
    /// (IndexSearcher.maxClauseCount), so a long search text would fail; the substring test on the terms is what makes a
    /// hit exact, so the index only needs enough pairs to keep the candidates few, and the first 32 do.
    /// </summary>
    public const int MaxQueryPairs = 32;

    public static string Normalize(string text) => CanonicalName.Normalize(text);

    public static List<string> Terms(Entity entity)
    {
        var terms = new List<string>();
        foreach (var name in entity.Aliases.Prepend(entity.Name))
        {
            var term = Normalize(name);
            if (term.Length > 0 && !terms.Contains(term, StringComparer.Ordinal))
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    public static string Tokens(IEnumerable<string> terms)
    {
        var tokens = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var runes = Runes(term);
            for (var i = 0; i < runes.Count; i++)
            {
                tokens.Add(runes[i]);
                if (i + 1 < runes.Count)
                {
                    tokens.Add(runes[i] + runes[i + 1]);
                }
            }
        }

        return string.Join(' ', tokens);
    }

    /// <summary>
    /// A Lucene query requiring the tokens of the normalized text (its character, or its first <see cref="MaxQueryPairs"/>
    /// distinct pairs), each quoted with <c>"</c> and <c>\</c> escaped, so no character of the user's text is read as query
    /// syntax. It travels as a parameter like every other value.
    /// </summary>
    public static string LuceneQuery(string normalized)
    {
        var runes = Runes(normalized);
        var tokens = runes.Count == 1
            ? runes
            : Enumerable.Range(0, runes.Count - 1).Select(i => runes[i] + runes[i + 1]).Distinct().Take(MaxQueryPairs).ToList();
        var query = new StringBuilder();
        foreach (var token in tokens)
        {
            query.Append(query.Length == 0 ? "+\"" : " +\"")
                .Append(token.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal))
                .Append('"');
        }

        return query.ToString();
    }

    public static string RankText(long rank) => rank.ToString(CultureInfo.InvariantCulture);

    private static List<string> Runes(string text) => text.EnumerateRunes().Select(r => r.ToString()).ToList();
}
