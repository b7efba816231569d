using System.Globalization;
using Graph.Bolt.Connection;
using Graph.Bolt.PackStream;
using Graph.Bolt.Tests.Support;

namespace Graph.Bolt.Tests.Connection;

/// <summary>The handshake manifest's VarInts against the official driver's decoder.</summary>
public sealed class VarIntVectorTests
{
    [Fact]
    public void Each_varint_decodes_to_the_official_drivers_value_and_encodes_back()
    {
        foreach (var vector in Vectors.Root.GetProperty("varints").EnumerateArray())
        {
            var bytes = Convert.FromHexString(vector.GetProperty("hex").GetString()!);
            var expected = ulong.Parse(vector.GetProperty("value").GetString()!, CultureInfo.InvariantCulture);

            Assert.True(VarInt.TryRead(bytes, out var value, out var consumed));
            Assert.Equal(expected, value);
            Assert.Equal(bytes.Length, consumed);
            using var buffer = new PooledBufferWriter();
            VarInt.Write(expected, buffer);
            Assert.Equal(bytes, buffer.WrittenSpan.ToArray());
        }
    }

    [Fact]
    public void An_unfinished_varint_asks_for_more_bytes() => Assert.False(VarInt.TryRead([0x80, 0x81], out _, out _));
}
