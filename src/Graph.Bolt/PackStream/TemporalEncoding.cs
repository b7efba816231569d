namespace Graph.Bolt.PackStream;

/// <summary>
/// Conversions between .NET ticks (100 ns) and the seconds-plus-nanoseconds of the Bolt temporal structures
/// (https://neo4j.com/docs/bolt/current/bolt/structure-semantics/). Nanoseconds are kept in [0, 999 999 999] with the
/// seconds floored, as the structures define; precision below 100 ns is lost when decoding into .NET types.
/// </summary>
internal static class TemporalEncoding
{
    public const long NanosecondsPerTick = 100;
    public const long NanosecondsPerSecond = 1_000_000_000;

    public static readonly long UnixEpochTicks = DateTime.UnixEpoch.Ticks;

    public static readonly int UnixEpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    /// <summary>Ticks since the Unix epoch as (seconds, nanoseconds).</summary>
    public static (long Seconds, int Nanoseconds) Split(long ticksSinceEpoch)
    {
        var seconds = Math.DivRem(ticksSinceEpoch, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }

        return (seconds, (int)(remainder * NanosecondsPerTick));
    }

    /// <summary>Ticks since the Unix epoch, or null when the value lies outside .NET's DateTime range.</summary>
    public static long? Join(long seconds, long nanoseconds)
    {
        var maxSeconds = (DateTime.MaxValue.Ticks - UnixEpochTicks) / TimeSpan.TicksPerSecond;
        var minSeconds = (DateTime.MinValue.Ticks - UnixEpochTicks) / TimeSpan.TicksPerSecond;
        if (seconds > maxSeconds || seconds < minSeconds)
        {
            return null;
        }

        return (seconds * TimeSpan.TicksPerSecond) + (nanoseconds / NanosecondsPerTick);
    }

    public static long NanosecondsOfDay(TimeOnly time) => time.Ticks * NanosecondsPerTick;
}
