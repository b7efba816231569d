using Graph.Domain.Identity;
using Graph.Extraction;

namespace Graph.GraphQL.Inputs;

/// <summary>
/// The character rules of string arguments. Every string a client sends is bounded in length and is text: no control
/// characters (C0, DEL, C1; a document's text may hold tab, line feed, form feed and carriage return) and no unpaired
/// UTF-16 surrogates (a GraphQL escape such as <c>\ud800</c> decodes to one; it cannot be stored or encoded as UTF-8).
/// Breaking a rule is <c>BAD_USER_INPUT</c> with a message that names the argument.
/// </summary>
public static class TextInputs
{
    /// <summary>A one-line value (a title, a source, a subtype), trimmed; null stays null.</summary>
    public static string? Line(string? value, string name, int maxLength, bool required = false)
    {
        if (value is null)
        {
            return required ? throw new BadUserInputError($"'{name}' is required.") : null;
        }

        var trimmed = value.Trim();
        if (required && trimmed.Length == 0)
        {
            throw new BadUserInputError($"'{name}' must not be blank.");
        }

        if (trimmed.Length > maxLength)
        {
            throw new BadUserInputError($"'{name}' may be at most {maxLength} characters long; it has {trimmed.Length}.");
        }

        if (PlainText.FirstControl(trimmed, allowLayout: false) is { } control)
        {
            throw new BadUserInputError($"'{name}' holds the control character U+{(int)control:X4}; send plain text on one line.");
        }

        return HasUnpairedSurrogate(trimmed)
            ? throw new BadUserInputError($"'{name}' holds an unpaired UTF-16 surrogate; it is not valid text.")
            : trimmed;
    }

    /// <summary>
    /// Search text (<c>search</c>, <c>facets</c>, <c>nameContains</c>): a line that still holds something once names are
    /// normalized as the store compares them (<see cref="CanonicalName"/>: white space, invisible format characters and
    /// quotation marks dropped). Text that normalizes to nothing would match every entity.
    /// </summary>
    public static string? Search(string? value, string name, int maxLength, bool required = false)
    {
        var line = Line(value, name, maxLength, required);
        return line is not null && CanonicalName.Normalize(line).Length == 0
            ? throw new BadUserInputError($"'{name}' holds no letter, digit or symbol to search for once white space, invisible characters and quotes are removed.")
            : line;
    }

    /// <summary>A document's text: any length the caller allows, line breaks and tabs welcome, no other control characters.</summary>
    public static string Document(string value, string name, int maxLength)
    {
        if (value.Length > maxLength)
        {
            throw new BadUserInputError($"'{name}' may be at most {maxLength} characters long; it has {value.Length}.");
        }

        if (PlainText.FirstControl(value) is not null)
        {
            throw new BadUserInputError($"'{name}' holds control characters: send the document's text, not a binary file.");
        }

        return HasUnpairedSurrogate(value)
            ? throw new BadUserInputError($"'{name}' holds an unpaired UTF-16 surrogate; it is not valid text.")
            : value;
    }

    /// <summary>True when <paramref name="text"/> holds a surrogate that is not half of a pair.</summary>
    public static bool HasUnpairedSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
