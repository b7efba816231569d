namespace Graph.Bolt;

/// <summary>
/// An instant with a named time zone (Bolt <c>DateTimeZoneId</c>, tag 69). <see cref="Value"/> carries the zone's offset at
/// that instant, as resolved from the local time-zone database; if the zone is unknown here, the offset is zero.
/// </summary>
public sealed record BoltZonedDateTime(DateTimeOffset Value, string ZoneId)
{
    /// <summary>The instant at the given local date and time in the zone (ambiguous local times take the standard offset).</summary>
    public static BoltZonedDateTime FromLocal(DateTime local, string zoneId)
    {
        ArgumentNullException.ThrowIfNull(zoneId);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var offset = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone) ? zone.GetUtcOffset(unspecified) : TimeSpan.Zero;
        return new BoltZonedDateTime(new DateTimeOffset(unspecified, offset), zoneId);
    }
}
