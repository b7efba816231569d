using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Storage.Sqlite.Search;

/// <summary>
/// The search index's view of names. FTS5's trigram tokenizer cannot match queries shorter than three characters, and
/// most Chinese place and body names are searched by two (大连, 工信), so the store indexes character bigrams itself:
/// every name and alias is reduced to its canonical form (<see cref="CanonicalName"/>: NFKC, no white space, Latin
/// upper-cased, which also makes Latin matching case-insensitive) and each pair of adjacent characters is a gram.
/// An end mark after the last character makes every single character the first half of some gram, so one-character
/// queries are a prefix range over the same index instead of needing a unigram table.
/// </summary>
internal static class SearchText
{
    /// <summary>A noncharacter, so it never occurs in real text; removed from names before indexing.</summary>
    public const string EndMark = "\uFFFF";

    /// <summary>Greater than any gram that starts with a given character (U+10FFFF sorts last in UTF-8).</summary>
    public const string MaxCharacter = "\U0010FFFF";

    public static string Normalize(string text) =>
        CanonicalName.Normalize(text).Replace(EndMark, string.Empty, StringComparison.Ordinal);

    /// <summary>The distinct canonical forms of an entity's name and aliases.</summary>
    public static IReadOnlySet<string> Terms(Entity entity)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        Add(terms, entity.Name);
        foreach (var alias in entity.Aliases)
        {
            Add(terms, alias);
        }

        return terms;
    }

    /// <summary>The grams stored for one term: each character followed by the next, the last by <see cref="EndMark"/>.</summary>
    public static IEnumerable<string> IndexGrams(string term)
    {
        var runes = Runes(term);
        for (var i = 0; i < runes.Count; i++)
        {
            yield return runes[i] + (i + 1 < runes.Count ? runes[i + 1] : EndMark);
        }
    }

    /// <summary>
    /// The grams every match of a normalized query of two or more characters must contain; an entity holding all of them
    /// is only a candidate until a substring check confirms the characters are adjacent in one term.
    /// </summary>
    public static IReadOnlyList<string> QueryGrams(string query)
    {
        var runes = Runes(query);
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < runes.Count; i++)
        {
            grams.Add(runes[i] + runes[i + 1]);
        }

        return [.. grams];
    }

    /// <summary>The length in code points, which is what SQLite's <c>length</c>, <c>substr</c> and <c>instr</c> count.</summary>
    public static int Length(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    private static void Add(HashSet<string> terms, string text)
    {
        var term = Normalize(text);
        if (term.Length > 0)
        {
            terms.Add(term);
        }
    }

    private static List<string> Runes(string text)
    {
        var runes = new List<string>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            runes.Add(rune.ToString());
        }

        return runes;
    }
}
