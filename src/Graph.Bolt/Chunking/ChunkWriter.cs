using System.Buffers;
using System.Buffers.Binary;

namespace Graph.Bolt.Chunking;

/// <summary>
/// Frames one message as chunks: each a big-endian 16-bit size and that many bytes, then the end marker <c>00 00</c>
/// (https://neo4j.com/docs/bolt/current/bolt/message/#chunking).
/// </summary>
internal static class ChunkWriter
{
    /// <summary>A chunk header is an unsigned 16-bit size, so no chunk carries more than this.</summary>
    public const int MaxChunkSize = ushort.MaxValue;

    public const int HeaderSize = 2;

    public static void WriteMessage(ReadOnlySpan<byte> message, IBufferWriter<byte> output, int maxChunkSize = MaxChunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChunkSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxChunkSize, MaxChunkSize);
        while (!message.IsEmpty)
        {
            var size = Math.Min(message.Length, maxChunkSize);
            var span = output.GetSpan(HeaderSize + size);
            BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)size);
            message[..size].CopyTo(span[HeaderSize..]);
            output.Advance(HeaderSize + size);
            message = message[size..];
        }

        WriteEndMarker(output);
    }

    /// <summary>The message boundary; on its own, between messages, it is a NOOP chunk (keep-alive, Bolt 4.1+).</summary>
    public static void WriteEndMarker(IBufferWriter<byte> output)
    {
        output.GetSpan(HeaderSize)[..HeaderSize].Clear();
        output.Advance(HeaderSize);
    }
}
