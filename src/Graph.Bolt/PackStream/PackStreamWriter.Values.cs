using System.Collections;

namespace Graph.Bolt.PackStream;

/// <summary>Maps .NET values to PackStream types.</summary>
internal sealed partial class PackStreamWriter
{
    /// <summary>
    /// Writes any supported value: null, booleans, integers (to 64 bits), floating point, strings and chars, byte arrays,
    /// dictionaries with string keys, sequences, and the temporal, spatial and graph types (see <see cref="TryWriteStructure"/>).
    /// </summary>
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null:
                WriteNull();
                break;
            case bool b:
                WriteBoolean(b);
                break;
            case string s:
                WriteString(s);
                break;
            case long l:
                WriteInteger(l);
                break;
            case int i:
                WriteInteger(i);
                break;
            case short or sbyte or byte or ushort or uint:
                WriteInteger(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ulong u:
                WriteInteger(u <= long.MaxValue ? (long)u : throw ThrowHelper.Unpackable(value, "it exceeds the signed 64-bit range"));
                break;
            case double d:
                WriteFloat(d);
                break;
            case float f:
                WriteFloat(f);
                break;
            case char c:
                WriteString(c.ToString());
                break;
            case byte[] bytes:
                WriteBytes(bytes);
                break;
            case ReadOnlyMemory<byte> memory:
                WriteBytes(memory.Span);
                break;
            case Memory<byte> memory:
                WriteBytes(memory.Span);
                break;
            case decimal:
                throw ThrowHelper.Unpackable(value, "PackStream has no decimal type; send a string or a double");
            case IDictionary dictionary:
                WriteDictionary(dictionary);
                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                WritePairs(pairs);
                break;
            case IEnumerable<KeyValuePair<string, string>> strings:
                WritePairs(strings.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)));
                break;
            default:
                if (!TryWriteStructure(value))
                {
                    if (value is IEnumerable sequence)
                    {
                        WriteSequence(sequence);
                    }
                    else
                    {
                        throw ThrowHelper.Unpackable(value, "its type has no PackStream mapping");
                    }
                }

                break;
        }
    }

    private void WriteDictionary(IDictionary dictionary)
    {
        WriteMapHeader(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
        {
            WriteString(entry.Key as string ?? throw ThrowHelper.Unpackable(entry.Key, "dictionary keys must be strings"));
            WriteValue(entry.Value);
        }
    }

    private void WritePairs(IEnumerable<KeyValuePair<string, object?>> pairs)
    {
        var list = pairs as IReadOnlyCollection<KeyValuePair<string, object?>> ?? pairs.ToList();
        WriteMapHeader(list.Count);
        foreach (var (key, item) in list)
        {
            WriteString(key);
            WriteValue(item);
        }
    }

    private void WriteSequence(IEnumerable sequence)
    {
        if (sequence is ICollection collection)
        {
            WriteListHeader(collection.Count);
            foreach (var item in collection)
            {
                WriteValue(item);
            }

            return;
        }

        var items = sequence.Cast<object?>().ToList();
        WriteListHeader(items.Count);
        foreach (var item in items)
        {
            WriteValue(item);
        }
    }
}
