using System.Globalization;

namespace Graph.Bench.Measure;

/// <summary>
/// CPU time of the calling thread to the nanosecond, from /proc/thread-self/schedstat (its first field is the time the
/// thread has run); zero where that file does not exist. On a shared machine the wall clock of one document's upsert
/// mostly measures the other processes; the thread's own CPU time does not.
/// </summary>
internal static class ThreadCpu
{
    private const string SchedStat = "/proc/thread-self/schedstat";

    public static TimeSpan Now()
    {
        if (!File.Exists(SchedStat))
        {
            return TimeSpan.Zero;
        }

        var text = File.ReadAllText(SchedStat);
        var nanoseconds = long.Parse(text.AsSpan(0, text.IndexOf(' ', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
        return TimeSpan.FromTicks(nanoseconds / 100);
    }
}
