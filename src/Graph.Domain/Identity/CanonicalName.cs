using System.Globalization;
using System.Text;

namespace Graph.Domain.Identity;

/// <summary>
/// The identity form of a name: NFKC (full-width letters and digits become half-width), no white space,
/// no quotes or book-title marks around it, Latin letters upper-cased. Two names with the same canonical
/// form are the same name.
/// </summary>
public static class CanonicalName
{
    private const string Wrappers = "《》〈〉“”‘’\"'「」『』";

    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
            {
                continue;
            }

            if (rune.IsBmp && Wrappers.Contains((char)rune.Value, StringComparison.Ordinal))
            {
                continue;
            }

            builder.Append(Rune.ToUpperInvariant(rune).ToString());
        }

        return builder.ToString();
    }
}
