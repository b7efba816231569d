namespace Graph.Bolt;

/// <summary>A time of day with a UTC offset (Bolt <c>Time</c>, tag 54); .NET has no such type.</summary>
/// <param name="OffsetSeconds">Offset from UTC in seconds, east positive.</param>
public sealed record BoltOffsetTime(TimeOnly Time, int OffsetSeconds);
