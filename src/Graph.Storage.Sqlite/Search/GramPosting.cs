using System.Text;

namespace Graph.Storage.Sqlite.Search;

/// <summary>
/// One row of search_grams before it is written: the gram as its two code points packed into a number, the term's length,
/// the entity. Sorting these orders them as the table's key (gram, length, entity_no) orders its rows, without a string per
/// posting (a bulk load holds about ten postings a name, 9.5 million at a million names).
/// </summary>
/// <remarks>
/// SQLite compares the gram text as UTF-8 bytes (the BINARY collation), and UTF-8 byte order is code-point order, which is
/// the order of <see cref="Gram"/>: the first code point in the high bits, the second below it.
/// </remarks>
internal readonly record struct GramPosting(ulong Gram, int Length, long EntityNo) : IComparable<GramPosting>
{
    private const int CodePointBits = 21;
    private const ulong CodePointMask = (1UL << CodePointBits) - 1;

    /// <summary>The longest UTF-8 form of a gram: two code points of four bytes.</summary>
    public const int MaxUtf8Bytes = 8;

    /// <summary>Adds the postings of <paramref name="term"/>, the grams <see cref="SearchText.IndexGrams"/> makes, in term order.</summary>
    public static void AddTo(List<GramPosting> postings, string term, long entityNo)
    {
        var length = SearchText.Length(term);
        var endMark = Rune.GetRuneAt(SearchText.EndMark, 0);
        Rune? previous = null;
        foreach (var rune in term.EnumerateRunes())
        {
            if (previous is { } first)
            {
                postings.Add(new(Pack(first, rune), length, entityNo));
            }

            previous = rune;
        }

        if (previous is { } last)
        {
            postings.Add(new(Pack(last, endMark), length, entityNo));
        }
    }

    /// <summary>Writes the gram's UTF-8 form into <paramref name="destination"/> (at least <see cref="MaxUtf8Bytes"/> long); its length.</summary>
    public int GramUtf8(Span<byte> destination)
    {
        var first = new Rune((int)(Gram >> CodePointBits)).EncodeToUtf8(destination);
        return first + new Rune((int)(Gram & CodePointMask)).EncodeToUtf8(destination[first..]);
    }

    /// <summary>The gram as text.</summary>
    public string GramText() =>
        new Rune((int)(Gram >> CodePointBits)).ToString() + new Rune((int)(Gram & CodePointMask)).ToString();

    public int CompareTo(GramPosting other)
    {
        if (Gram != other.Gram)
        {
            return Gram < other.Gram ? -1 : 1;
        }

        if (Length != other.Length)
        {
            return Length < other.Length ? -1 : 1;
        }

        return EntityNo.CompareTo(other.EntityNo);
    }

    private static ulong Pack(Rune first, Rune second) => ((ulong)(uint)first.Value << CodePointBits) | (uint)second.Value;
}
