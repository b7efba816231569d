using System.Globalization;

namespace Graph.Extraction.Text;

/// <summary>A count as a text writes it before a classifier: digits (3, 12), or one numeral from 一 to 十, 两 among them.</summary>
internal static class SmallCount
{
    private const string Numerals = "一二三四五六七八九十";

    /// <summary>The count <paramref name="written"/> states, or null when it is neither digits nor one numeral.</summary>
    public static int? Parse(ReadOnlySpan<char> written)
    {
        if (int.TryParse(written, NumberStyles.Integer, CultureInfo.InvariantCulture, out var digits))
        {
            return digits;
        }

        if (written.Length != 1)
        {
            return null;
        }

        var index = Numerals.IndexOf(written[0]);
        return written[0] == '两' ? 2 : index >= 0 ? index + 1 : null;
    }
}
