namespace Graph.Bolt.Protocol;

/// <summary>The Bolt versions this client speaks, and how it offers them in the handshake.</summary>
internal static class SupportedVersions
{
    /// <summary>
    /// Most preferred first. 5.5 is absent: it was never released by a server, and its notification-filter names
    /// changed again in 5.6.
    /// </summary>
    public static IReadOnlyList<BoltVersion> All { get; } =
    [
        new(5, 8), new(5, 7), new(5, 6), new(5, 4), new(5, 3), new(5, 2), new(5, 1), new(5, 0), new(4, 4),
    ];

    /// <summary>
    /// The four handshake slots: manifest v1 (5.7+ servers answer with their list), then the range 5.8 down to 5.0
    /// (a 4.3-style range, #bolt-version43: <c>00 range minor major</c>), then 4.4, then an empty slot.
    /// </summary>
    public static uint[] HandshakeSlots { get; } = [HandshakeConstants.ManifestV1, Range(5, 8, 8), Range(4, 4, 0), 0];

    public static bool IsSupported(BoltVersion version) => All.Contains(version);

    private static uint Range(int major, int minor, int below) => (uint)((below << 16) | (minor << 8) | major);
}
