using System.Globalization;

namespace Graph.Bolt.Protocol;

/// <summary>A Bolt protocol version. On the wire (≥ 4.0): <c>00 00 minor major</c> (handshake #bolt-version40).</summary>
internal readonly record struct BoltVersion(int Major, int Minor) : IComparable<BoltVersion>
{
    public static BoltVersion V4_4 { get; } = new(4, 4);

    public static BoltVersion V5_0 { get; } = new(5, 0);

    /// <summary>LOGON and LOGOFF carry authentication instead of HELLO.</summary>
    public static BoltVersion V5_1 { get; } = new(5, 1);

    /// <summary>HELLO carries <c>bolt_agent</c>.</summary>
    public static BoltVersion V5_3 { get; } = new(5, 3);

    /// <summary>TELEMETRY exists.</summary>
    public static BoltVersion V5_4 { get; } = new(5, 4);

    /// <summary>FAILURE metadata carries the code as <c>neo4j_code</c> (GQL-status errors).</summary>
    public static BoltVersion V5_7 { get; } = new(5, 7);

    public static BoltVersion V5_8 { get; } = new(5, 8);

    public uint Encode() => (uint)((Minor << 8) | Major);

    public static BoltVersion Decode(uint value) => new((int)(value & 0xFF), (int)((value >> 8) & 0xFF));

    public int CompareTo(BoltVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator >=(BoltVersion left, BoltVersion right) => left.CompareTo(right) >= 0;

    public static bool operator <=(BoltVersion left, BoltVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >(BoltVersion left, BoltVersion right) => left.CompareTo(right) > 0;

    public static bool operator <(BoltVersion left, BoltVersion right) => left.CompareTo(right) < 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}
