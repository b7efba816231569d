namespace Graph.Bolt;

/// <summary>
/// A temporal amount (Bolt <c>Duration</c>, tag 45). Months and days are kept apart from seconds because their length
/// depends on the calendar, which is why this is not a <see cref="TimeSpan"/>.
/// </summary>
public sealed record BoltDuration(long Months, long Days, long Seconds, int Nanoseconds);
