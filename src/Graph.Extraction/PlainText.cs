namespace Graph.Extraction;

/// <summary>
/// The one rule for "this is text, not a binary file": no control character other than the layout ones (tab, line feed,
/// carriage return, form feed). Files the loader reads and text sent through the API are held to it alike.
/// </summary>
public static class PlainText
{
    /// <summary>The first control character of <paramref name="text"/>, layout ones allowed when <paramref name="allowLayout"/>; null when none.</summary>
    public static char? FirstControl(string text, bool allowLayout = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (char.IsControl(c) && !(allowLayout && c is '\t' or '\n' or '\r' or '\f'))
            {
                return c;
            }
        }

        return null;
    }
}
