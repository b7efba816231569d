using System.Buffers.Binary;
using System.Text;

namespace Graph.Bolt.PackStream;

/// <summary>
/// Reads PackStream v1 values from one whole message (https://neo4j.com/docs/bolt/current/packstream/). Every marker
/// size is accepted, not only the most compact one; a reserved marker is a protocol error.
/// </summary>
internal ref partial struct PackStreamReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public PackStreamReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    public readonly int Remaining => _data.Length - _position;

    /// <summary>Reads a structure header: the number of fields and the tag byte.</summary>
    public (int FieldCount, byte Tag) ReadStructHeader()
    {
        var marker = ReadByte();
        if ((marker & 0xF0) != Marker.TinyStruct)
        {
            throw ThrowHelper.UnexpectedMarker(marker, "a structure");
        }

        return (marker & 0x0F, ReadByte());
    }

    public long ReadInteger()
    {
        var marker = ReadByte();
        return TryReadInteger(marker, out var value) ? value : throw ThrowHelper.UnexpectedMarker(marker, "an integer");
    }

    public string ReadString()
    {
        var marker = ReadByte();
        return TryReadStringSize(marker, out var size) ? ReadUtf8(size) : throw ThrowHelper.UnexpectedMarker(marker, "a string");
    }

    private bool TryReadInteger(byte marker, out long value)
    {
        if (marker <= Marker.TinyIntMax || marker >= 0xF0)
        {
            value = unchecked((sbyte)marker);
            return true;
        }

        switch (marker)
        {
            case Marker.Int8:
                value = unchecked((sbyte)ReadByte());
                return true;
            case Marker.Int16:
                value = BinaryPrimitives.ReadInt16BigEndian(Take(2));
                return true;
            case Marker.Int32:
                value = BinaryPrimitives.ReadInt32BigEndian(Take(4));
                return true;
            case Marker.Int64:
                value = BinaryPrimitives.ReadInt64BigEndian(Take(8));
                return true;
            default:
                value = 0;
                return false;
        }
    }

    private bool TryReadStringSize(byte marker, out int size)
    {
        if ((marker & 0xF0) == Marker.TinyString)
        {
            size = marker & 0x0F;
            return true;
        }

        switch (marker)
        {
            case Marker.String8:
                size = ReadByte();
                return true;
            case Marker.String16:
                size = BinaryPrimitives.ReadUInt16BigEndian(Take(2));
                return true;
            case Marker.String32:
                size = ReadSize32();
                return true;
            default:
                size = 0;
                return false;
        }
    }

    private string ReadUtf8(int size) => Encoding.UTF8.GetString(Take(size));

    private int ReadSize32()
    {
        var size = BinaryPrimitives.ReadUInt32BigEndian(Take(4));
        // The specification caps every size at 2 147 483 647 (#data-type-string and the others).
        return size <= int.MaxValue ? (int)size : throw ThrowHelper.SizeTooLarge(size);
    }

    private byte ReadByte() => _position < _data.Length ? _data[_position++] : throw ThrowHelper.Truncated();

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _data.Length - _position)
        {
            throw ThrowHelper.Truncated();
        }

        var slice = _data.Slice(_position, count);
        _position += count;
        return slice;
    }
}
