using System.Buffers.Binary;

namespace Graph.Bolt.PackStream;

/// <summary>
/// Maps PackStream types to .NET: Integer → <see cref="long"/>, Float → <see cref="double"/>, String → <see cref="string"/>,
/// Bytes → <see cref="byte"/>[], List → <see cref="List{T}"/> of object, Dictionary → <see cref="Dictionary{TKey,TValue}"/>
/// (a repeated key keeps its last value, #data-type-dictionary), Structure → see <see cref="ReadStructure"/>.
/// </summary>
internal ref partial struct PackStreamReader
{
    public object? ReadValue()
    {
        var marker = ReadByte();
        if (TryReadInteger(marker, out var integer))
        {
            return integer;
        }

        if (TryReadStringSize(marker, out var stringSize))
        {
            return ReadUtf8(stringSize);
        }

        var high = marker & 0xF0;
        if (high == Marker.TinyList)
        {
            return ReadList(marker & 0x0F);
        }

        if (high == Marker.TinyMap)
        {
            return ReadMap(marker & 0x0F);
        }

        if (high == Marker.TinyStruct)
        {
            return ReadStructure(marker & 0x0F, ReadByte());
        }

        return marker switch
        {
            Marker.Null => null,
            Marker.True => true,
            Marker.False => false,
            Marker.Float64 => BinaryPrimitives.ReadDoubleBigEndian(Take(8)),
            Marker.Bytes8 => Take(ReadByte()).ToArray(),
            Marker.Bytes16 => Take(BinaryPrimitives.ReadUInt16BigEndian(Take(2))).ToArray(),
            Marker.Bytes32 => Take(ReadSize32()).ToArray(),
            Marker.List8 => ReadList(ReadByte()),
            Marker.List16 => ReadList(BinaryPrimitives.ReadUInt16BigEndian(Take(2))),
            Marker.List32 => ReadList(ReadSize32()),
            Marker.Map8 => ReadMap(ReadByte()),
            Marker.Map16 => ReadMap(BinaryPrimitives.ReadUInt16BigEndian(Take(2))),
            Marker.Map32 => ReadMap(ReadSize32()),
            _ => throw ThrowHelper.UnexpectedMarker(marker, "a value"),
        };
    }

    public Dictionary<string, object?> ReadMap()
    {
        var marker = ReadByte();
        return marker switch
        {
            _ when (marker & 0xF0) == Marker.TinyMap => ReadMap(marker & 0x0F),
            Marker.Map8 => ReadMap(ReadByte()),
            Marker.Map16 => ReadMap(BinaryPrimitives.ReadUInt16BigEndian(Take(2))),
            Marker.Map32 => ReadMap(ReadSize32()),
            _ => throw ThrowHelper.UnexpectedMarker(marker, "a dictionary"),
        };
    }

    public List<object?> ReadList()
    {
        var marker = ReadByte();
        return marker switch
        {
            _ when (marker & 0xF0) == Marker.TinyList => ReadList(marker & 0x0F),
            Marker.List8 => ReadList(ReadByte()),
            Marker.List16 => ReadList(BinaryPrimitives.ReadUInt16BigEndian(Take(2))),
            Marker.List32 => ReadList(ReadSize32()),
            _ => throw ThrowHelper.UnexpectedMarker(marker, "a list"),
        };
    }

    private List<object?> ReadList(int count)
    {
        // Each item takes at least one byte, so a count beyond the remaining bytes is corrupt, not a reason to allocate.
        var list = new List<object?>(Math.Min(count, Remaining));
        for (var i = 0; i < count; i++)
        {
            list.Add(ReadValue());
        }

        return list;
    }

    private Dictionary<string, object?> ReadMap(int count)
    {
        var map = new Dictionary<string, object?>(Math.Min(count, Remaining / 2), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = ReadString();
            map[key] = ReadValue();
        }

        return map;
    }
}
