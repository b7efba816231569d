using System.Buffers;

namespace Graph.Bolt.Connection;

/// <summary>
/// The handshake manifest's variable-length unsigned integers: 7-bit groups, least significant first, the high bit of each
/// byte set when another byte follows (https://neo4j.com/docs/bolt/current/bolt/handshake/#varint).
/// </summary>
internal static class VarInt
{
    /// <summary>A 64-bit value needs at most ten groups of seven bits.</summary>
    public const int MaxBytes = 10;

    private const byte Continuation = 0x80;
    private const byte GroupMask = 0x7F;

    public static void Write(ulong value, IBufferWriter<byte> output)
    {
        var span = output.GetSpan(MaxBytes);
        var length = 0;
        do
        {
            var group = (byte)(value & GroupMask);
            value >>= 7;
            span[length++] = value == 0 ? group : (byte)(group | Continuation);
        }
        while (value != 0);

        output.Advance(length);
    }

    /// <summary>Decodes from the start of <paramref name="bytes"/>; false when more bytes are needed.</summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes, out ulong value, out int consumed)
    {
        value = 0;
        for (var i = 0; i < bytes.Length && i < MaxBytes; i++)
        {
            value |= (ulong)(bytes[i] & GroupMask) << (7 * i);
            if ((bytes[i] & Continuation) == 0)
            {
                consumed = i + 1;
                return true;
            }
        }

        if (bytes.Length >= MaxBytes)
        {
            throw new BoltProtocolException("A handshake VarInt is longer than ten bytes.");
        }

        consumed = 0;
        return false;
    }
}
