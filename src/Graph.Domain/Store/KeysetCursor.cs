using System.Buffers.Text;
using System.Text.Json;

namespace Graph.Domain.Store;

/// <summary>
/// Opaque keyset cursors: base64url of a JSON array of strings whose first element names the query shape
/// (e.g. <c>["entities:NameAscending", "大连市", "place_…"]</c>), so a cursor from one order or query is refused by another.
/// Every store writes and reads its page cursors this way.
/// </summary>
public static class KeysetCursor
{
    public static string Encode(string tag, params ReadOnlySpan<string?> keys)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(tag);
            foreach (var key in keys)
            {
                if (key is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    writer.WriteStringValue(key);
                }
            }

            writer.WriteEndArray();
        }

        return Base64Url.EncodeToString(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>
    /// The keys of <paramref name="cursor"/>, or an <see cref="InvalidGraphInputException"/> when it is not a cursor of this shape.
    /// </summary>
    public static string?[] Decode(string cursor, string tag, int keyCount, string parameterName)
    {
        byte[] json;
        try
        {
            json = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException)
        {
            throw Malformed(cursor, parameterName);
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != keyCount + 1 ||
                root[0].ValueKind != JsonValueKind.String || !string.Equals(root[0].GetString(), tag, StringComparison.Ordinal))
            {
                throw Malformed(cursor, parameterName);
            }

            var keys = new string?[keyCount];
            for (var i = 0; i < keyCount; i++)
            {
                keys[i] = root[i + 1].ValueKind switch
                {
                    JsonValueKind.String => root[i + 1].GetString(),
                    JsonValueKind.Null => null,
                    _ => throw Malformed(cursor, parameterName),
                };
            }

            return keys;
        }
        catch (JsonException)
        {
            throw Malformed(cursor, parameterName);
        }
    }

    /// <summary>Decodes a cursor whose keys must all be present.</summary>
    public static string[] DecodeRequired(string cursor, string tag, int keyCount, string parameterName)
    {
        var keys = Decode(cursor, tag, keyCount, parameterName);
        var required = new string[keyCount];
        for (var i = 0; i < keyCount; i++)
        {
            required[i] = keys[i] ?? throw Malformed(cursor, parameterName);
        }

        return required;
    }

    /// <summary>The exception for a cursor that is garbled or belongs to another query or order.</summary>
    public static InvalidGraphInputException Malformed(string cursor, string parameterName) => new(
        $"The cursor '{Describe(cursor)}' is malformed or belongs to another query; pass a cursor returned by the same query.",
        parameterName);

    private static string Describe(string cursor) =>
        cursor.Length <= 40 ? cursor : string.Concat(cursor.AsSpan(0, 40), "…");
}
