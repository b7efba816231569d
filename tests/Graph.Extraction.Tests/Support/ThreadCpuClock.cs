using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Graph.Extraction.Tests.Support;

/// <summary>
/// CPU time of the calling thread, so a timing ratio is not disturbed by other tests running in parallel or by other work on
/// the machine. Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID); elsewhere the wall clock.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out var time) == 0)
        {
            return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
        }

        return Stopwatch.GetElapsedTime(0);
    }

    /// <summary>The CPU time the calling thread spends in <paramref name="action"/>.</summary>
    public static TimeSpan Measure(Action action)
    {
        var start = Now();
        action();
        return Now() - start;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
