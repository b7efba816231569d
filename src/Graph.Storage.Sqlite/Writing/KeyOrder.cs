using System.Globalization;

namespace Graph.Storage.Sqlite.Writing;

/// <summary>
/// A batch's rows in the ordinal order of their IDs, the order of the table's primary key, so a WITHOUT ROWID table fills page
/// by page. The same order as <c>OrderBy(id, StringComparer.Ordinal)</c>, ties in batch order, but for the IDs StableIds makes
/// (a prefix and 16 lower-case hex digits) the sort compares 64-bit numbers instead of strings: a million relations sorted
/// by string took about a third of the relation insert's time.
/// </summary>
internal static class KeyOrder
{
    private const int HexDigits = 16;

    public static IReadOnlyList<T> ById<T>(IReadOnlyList<T> rows, Func<T, string> id, string prefix)
    {
        var keys = new (ulong Hash, int Index)[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            if (!TryHash(id(rows[i]), prefix, out var hash))
            {
                // Any other shape (an ID from elsewhere): the plain string order, which is the same order.
                return [.. rows.OrderBy(id, StringComparer.Ordinal)];
            }

            keys[i] = (hash, i);
        }

        // Equal hashes are equal IDs (same prefix, same digits); the index keeps them in batch order, as a stable sort does.
        Array.Sort(keys);
        var sorted = new T[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            sorted[i] = rows[keys[i].Index];
        }

        return sorted;
    }

    // Lower-case only: upper-case digits sort after the lower-case ones as text, which their numeric value would not say.
    private static bool TryHash(string id, string prefix, out ulong hash)
    {
        hash = 0;
        if (id.Length != prefix.Length + HexDigits || !id.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var digits = id.AsSpan(prefix.Length);
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c) && c is not (>= 'a' and <= 'f'))
            {
                return false;
            }
        }

        return ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out hash);
    }
}
