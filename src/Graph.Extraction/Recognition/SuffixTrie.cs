using Graph.Extraction.Lexicon;

namespace Graph.Extraction.Recognition;

/// <summary>Builds the small suffix tries the pattern recognizers look up at each position.</summary>
internal static class SuffixTrie
{
    public static TermTrie<string> Of(params string[] words)
    {
        var trie = new TermTrie<string>();
        foreach (var word in words)
        {
            trie.Add(word, word);
        }

        return trie;
    }
}
