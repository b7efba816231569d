using System.Buffers.Text;
using System.Text.Json;

namespace Graph.Storage.Neo4j.Paging;

/// <summary>
/// Opaque keyset cursors: base64url of a JSON array of strings whose first element names the query shape, so a cursor
/// from one list or order is refused by another.
/// </summary>
internal static class Cursor
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

    public static string?[] Decode(string cursor, string tag, int keyCount, string parameterName)
    {
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != keyCount + 1 ||
                root[0].ValueKind != JsonValueKind.String || root[0].GetString() != tag)
            {
                throw ThrowHelper.MalformedCursor(cursor, parameterName);
            }

            var keys = new string?[keyCount];
            for (var i = 0; i < keyCount; i++)
            {
                keys[i] = root[i + 1].ValueKind switch
                {
                    JsonValueKind.String => root[i + 1].GetString(),
                    JsonValueKind.Null => null,
                    _ => throw ThrowHelper.MalformedCursor(cursor, parameterName),
                };
            }

            return keys;
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            throw ThrowHelper.MalformedCursor(cursor, parameterName);
        }
    }

    public static string[] DecodeRequired(string cursor, string tag, int keyCount, string parameterName) =>
        Decode(cursor, tag, keyCount, parameterName).Select(k => k ?? throw ThrowHelper.MalformedCursor(cursor, parameterName)).ToArray();
}
