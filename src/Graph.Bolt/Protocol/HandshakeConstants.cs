namespace Graph.Bolt.Protocol;

/// <summary>The fixed parts of the handshake (https://neo4j.com/docs/bolt/current/bolt/handshake/).</summary>
internal static class HandshakeConstants
{
    /// <summary>Bolt identification, sent first: <c>60 60 B0 17</c> (#_bolt_identification).</summary>
    public const uint Magic = 0x6060B017;

    /// <summary>The "version" that asks for a manifest v1 handshake (Bolt 5.7+, #bolt-version57-manifest).</summary>
    public const uint ManifestV1 = 0x000001FF;

    /// <summary>Four 32-bit version slots follow the identification (#_version_negotiation).</summary>
    public const int VersionSlots = 4;

    /// <summary>The capabilities this client asks for in a manifest handshake: none.</summary>
    public const ulong Capabilities = 0;
}
