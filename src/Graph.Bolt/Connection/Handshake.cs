using System.Buffers.Binary;
using System.Globalization;
using Graph.Bolt.Chunking;
using Graph.Bolt.PackStream;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Connection;

/// <summary>
/// Version negotiation (https://neo4j.com/docs/bolt/current/bolt/handshake/): the identification, four version slots,
/// and either the server's one chosen version or, for the manifest v1 slot (Bolt 5.7+), the server's list of version
/// ranges and capabilities, from which the client picks and answers.
/// </summary>
internal static class Handshake
{
    private const int VersionBytes = 4;
    private const uint HttpResponse = 0x48545450; // "HTTP": someone pointed us at the HTTP port.

    /// <summary>Writes the request into <paramref name="output"/> (to be flushed by the caller).</summary>
    public static void WriteRequest(PooledBufferWriter output)
    {
        var span = output.GetSpan(VersionBytes * (1 + HandshakeConstants.VersionSlots));
        BinaryPrimitives.WriteUInt32BigEndian(span, HandshakeConstants.Magic);
        for (var i = 0; i < HandshakeConstants.VersionSlots; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span[(VersionBytes * (i + 1))..], SupportedVersions.HandshakeSlots[i]);
        }

        output.Advance(VersionBytes * (1 + HandshakeConstants.VersionSlots));
    }

    /// <summary>
    /// Reads the server's answer. For a manifest, also writes the client's choice into <paramref name="output"/>; it needs no
    /// reply, so the caller pipelines it with HELLO (#bolt-version57-manifest).
    /// </summary>
    public static async Task<BoltVersion> ReadResponseAsync(ChunkReader reader, PooledBufferWriter output, CancellationToken cancellationToken)
    {
        var answer = BinaryPrimitives.ReadUInt32BigEndian(await reader.ReadRawAsync(VersionBytes, cancellationToken).ConfigureAwait(false));
        if (answer == HttpResponse)
        {
            throw new BoltProtocolException("The server answered in HTTP; the Bolt port is usually 7687, not the HTTP port 7474.");
        }

        if (answer == 0)
        {
            throw new BoltProtocolException("The server supports none of the offered Bolt versions (5.0-5.8, 4.4).");
        }

        if (answer != HandshakeConstants.ManifestV1)
        {
            var version = BoltVersion.Decode(answer);
            return SupportedVersions.IsSupported(version)
                ? version
                : throw new BoltProtocolException($"The server chose Bolt {version}, which was not offered.");
        }

        var count = await ReadVarIntAsync(reader, cancellationToken).ConfigureAwait(false);
        var offered = new List<BoltVersion>();
        for (ulong i = 0; i < count; i++)
        {
            var range = BinaryPrimitives.ReadUInt32BigEndian(await reader.ReadRawAsync(VersionBytes, cancellationToken).ConfigureAwait(false));
            // 4.3-style entry: 00 <minors below> <minor> <major> (#bolt-version43).
            var (major, minor, below) = ((int)(range & 0xFF), (int)((range >> 8) & 0xFF), (int)((range >> 16) & 0xFF));
            for (var m = minor; m >= Math.Max(0, minor - below); m--)
            {
                offered.Add(new BoltVersion(major, m));
            }
        }

        _ = await ReadVarIntAsync(reader, cancellationToken).ConfigureAwait(false); // Capabilities: none are used.
        var chosen = SupportedVersions.All.FirstOrDefault(offered.Contains);
        if (chosen == default)
        {
            throw new BoltProtocolException(
                $"The server offers Bolt {string.Join(", ", offered)}; this client speaks {string.Join(", ", SupportedVersions.All)}.");
        }

        BinaryPrimitives.WriteUInt32BigEndian(output.GetSpan(VersionBytes), chosen.Encode());
        output.Advance(VersionBytes);
        VarInt.Write(HandshakeConstants.Capabilities, output);
        return chosen;
    }

    private static async Task<ulong> ReadVarIntAsync(ChunkReader reader, CancellationToken cancellationToken)
    {
        var bytes = new List<byte>(VarInt.MaxBytes);
        while (true)
        {
            bytes.Add((await reader.ReadRawAsync(1, cancellationToken).ConfigureAwait(false))[0]);
            if (VarInt.TryRead(bytes.ToArray(), out var value, out _))
            {
                return value;
            }

            if (bytes.Count >= VarInt.MaxBytes)
            {
                throw new BoltProtocolException(string.Create(CultureInfo.InvariantCulture, $"A VarInt longer than {VarInt.MaxBytes} bytes."));
            }
        }
    }
}
