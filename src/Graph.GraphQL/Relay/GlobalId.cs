using System.Buffers.Text;
using System.Text;

namespace Graph.GraphQL.Relay;

/// <summary>
/// Opaque Relay node IDs: base64url of <c>{GraphQL type name}:{store ID}</c>. Clients treat them as opaque; the type
/// name lets <c>node(id)</c> find the right loader without a lookup.
/// </summary>
internal static class GlobalId
{
    private const int MaxEncodedLength = 512;

    public static string Encode(string typeName, string localId) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{localId}"));

    /// <summary>Decodes an ID or throws <see cref="BadUserInputError"/> that says what is wrong with it.</summary>
    public static (string TypeName, string LocalId) Decode(string globalId)
    {
        if (!TryDecode(globalId, out var typeName, out var localId))
        {
            throw new BadUserInputError($"'{Truncate(globalId)}' is not a valid ID.");
        }

        return (typeName, localId);
    }

    public static bool TryDecode(string? globalId, out string typeName, out string localId)
    {
        typeName = localId = string.Empty;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > MaxEncodedLength || !Base64Url.IsValid(globalId))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(Base64Url.DecodeFromChars(globalId));
        }
        catch (FormatException)
        {
            return false;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        typeName = text[..colon];
        localId = text[(colon + 1)..];
        return true;
    }

    private static string Truncate(string value) => value.Length <= 64 ? value : value[..64] + "…";
}
