using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Graph.Bolt.PackStream;

/// <summary>
/// Writes PackStream v1 values (https://neo4j.com/docs/bolt/current/packstream/), always in the most compact
/// representation the specification lists, big-endian throughout.
/// </summary>
internal sealed partial class PackStreamWriter
{
    private readonly IBufferWriter<byte> _output;

    /// <param name="utcDateTime">
    /// Whether DateTime values use the Bolt 5.0 UTC structures (tags 49, 69) rather than the legacy ones (46, 66).
    /// </param>
    public PackStreamWriter(IBufferWriter<byte> output, bool utcDateTime = true)
    {
        _output = output;
        UtcDateTime = utcDateTime;
    }

    public bool UtcDateTime { get; }

    public void WriteNull() => WriteByte(Marker.Null);

    public void WriteBoolean(bool value) => WriteByte(value ? Marker.True : Marker.False);

    /// <summary>The smallest of TINY_INT, INT_8, INT_16, INT_32, INT_64 that holds the value (#data-type-integer).</summary>
    public void WriteInteger(long value)
    {
        if (value is >= Marker.TinyIntMin and <= Marker.TinyIntMax)
        {
            WriteByte(unchecked((byte)(sbyte)value));
        }
        else if (value is >= sbyte.MinValue and < Marker.TinyIntMin)
        {
            var span = _output.GetSpan(2);
            span[0] = Marker.Int8;
            span[1] = unchecked((byte)(sbyte)value);
            _output.Advance(2);
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            var span = _output.GetSpan(3);
            span[0] = Marker.Int16;
            BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
            _output.Advance(3);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            var span = _output.GetSpan(5);
            span[0] = Marker.Int32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
            _output.Advance(5);
        }
        else
        {
            var span = _output.GetSpan(9);
            span[0] = Marker.Int64;
            BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
            _output.Advance(9);
        }
    }

    /// <summary>C1 and the IEEE 754 double, big-endian (#data-type-float).</summary>
    public void WriteFloat(double value)
    {
        var span = _output.GetSpan(9);
        span[0] = Marker.Float64;
        BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
        _output.Advance(9);
    }

    /// <summary>UTF-8; the size is the byte count (#data-type-string).</summary>
    public void WriteString(string value)
    {
        var size = Encoding.UTF8.GetByteCount(value);
        WriteSizeHeader(size, Marker.TinyString, Marker.String8, Marker.String16, Marker.String32);
        var span = _output.GetSpan(size);
        Encoding.UTF8.GetBytes(value, span);
        _output.Advance(size);
    }

    /// <summary>CC, CD or CE and the bytes; there is no tiny form for bytes (#data-type-bytes).</summary>
    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        if (value.Length <= byte.MaxValue)
        {
            WriteByte(Marker.Bytes8);
            WriteByte((byte)value.Length);
        }
        else if (value.Length <= ushort.MaxValue)
        {
            WriteMarkerAndUInt16(Marker.Bytes16, value.Length);
        }
        else
        {
            WriteMarkerAndInt32(Marker.Bytes32, value.Length);
        }

        value.CopyTo(_output.GetSpan(value.Length));
        _output.Advance(value.Length);
    }

    public void WriteListHeader(int count) => WriteSizeHeader(count, Marker.TinyList, Marker.List8, Marker.List16, Marker.List32);

    public void WriteMapHeader(int count) => WriteSizeHeader(count, Marker.TinyMap, Marker.Map8, Marker.Map16, Marker.Map32);

    /// <summary>B0-BF and the tag byte; a structure has at most 15 fields (#data-type-structure).</summary>
    public void WriteStructHeader(int fieldCount, byte tag)
    {
        if (fieldCount is < 0 or >= Marker.TinySizeLimit)
        {
            throw ThrowHelper.TooManyStructureFields(fieldCount);
        }

        var span = _output.GetSpan(2);
        span[0] = (byte)(Marker.TinyStruct | fieldCount);
        span[1] = tag;
        _output.Advance(2);
    }

    private void WriteSizeHeader(int size, byte tiny, byte size8, byte size16, byte size32)
    {
        if (size < Marker.TinySizeLimit)
        {
            WriteByte((byte)(tiny | size));
        }
        else if (size <= byte.MaxValue)
        {
            var span = _output.GetSpan(2);
            span[0] = size8;
            span[1] = (byte)size;
            _output.Advance(2);
        }
        else if (size <= ushort.MaxValue)
        {
            WriteMarkerAndUInt16(size16, size);
        }
        else
        {
            WriteMarkerAndInt32(size32, size);
        }
    }

    private void WriteMarkerAndUInt16(byte marker, int size)
    {
        var span = _output.GetSpan(3);
        span[0] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)size);
        _output.Advance(3);
    }

    private void WriteMarkerAndInt32(byte marker, int size)
    {
        var span = _output.GetSpan(5);
        span[0] = marker;
        BinaryPrimitives.WriteInt32BigEndian(span[1..], size);
        _output.Advance(5);
    }

    private void WriteByte(byte value)
    {
        _output.GetSpan(1)[0] = value;
        _output.Advance(1);
    }
}
