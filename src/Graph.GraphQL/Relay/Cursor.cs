using System.Buffers.Text;
using System.Text;

namespace Graph.GraphQL.Relay;

/// <summary>
/// Connection cursors: base64url of a store keyset cursor with a scope prefix, so a cursor from one connection is
/// rejected by another instead of silently returning the wrong rows.
/// </summary>
internal static class Cursor
{
    private const int MaxEncodedLength = 1024;

    public static string Encode(string scope, string storeCursor) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{scope}|{storeCursor}"));

    /// <summary>The store cursor inside <paramref name="cursor"/>, null for a null cursor; throws <see cref="BadUserInputError"/> for a forged one.</summary>
    public static string? Decode(string scope, string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        if (cursor.Length > MaxEncodedLength || !Base64Url.IsValid(cursor))
        {
            throw Invalid(cursor);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (Exception exception) when (exception is FormatException or DecoderFallbackException)
        {
            throw Invalid(cursor);
        }

        var prefix = scope + "|";
        return text.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length
            ? text[prefix.Length..]
            : throw Invalid(cursor);
    }

    private static BadUserInputError Invalid(string cursor) =>
        new($"'{(cursor.Length <= 64 ? cursor : cursor[..64] + "…")}' is not a cursor of this connection.");
}
