namespace Graph.Bolt.Protocol;

/// <summary>
/// Tag bytes of the value structures (https://neo4j.com/docs/bolt/current/bolt/structure-semantics/#_structures).
/// </summary>
internal static class StructureTag
{
    public const byte Node = 0x4E;
    public const byte Relationship = 0x52;
    public const byte UnboundRelationship = 0x72;
    public const byte Path = 0x50;
    public const byte Date = 0x44;
    public const byte Time = 0x54;
    public const byte LocalTime = 0x74;

    /// <summary>Bolt 5.0+ (and 4.4 with the <c>utc</c> patch): UTC seconds, nanoseconds, offset.</summary>
    public const byte DateTime = 0x49;

    /// <summary>Bolt 5.0+ (and 4.4 with the <c>utc</c> patch): UTC seconds, nanoseconds, zone id.</summary>
    public const byte DateTimeZoneId = 0x69;

    public const byte LocalDateTime = 0x64;
    public const byte Duration = 0x45;
    public const byte Point2D = 0x58;
    public const byte Point3D = 0x59;

    /// <summary>Bolt ≤ 4.4 without the <c>utc</c> patch: seconds include the offset (#structure-legacy-datetime).</summary>
    public const byte LegacyDateTime = 0x46;

    /// <summary>Bolt ≤ 4.4 without the <c>utc</c> patch (#structure-legacy-datetimezoneid).</summary>
    public const byte LegacyDateTimeZoneId = 0x66;
}
