namespace Graph.Bolt.Tests.Support.Stub;

/// <summary>
/// A clock on which every pause ends at once and moves time forward by its length, so a retry schedule (how many attempts
/// fit in the budget, how the pauses grow) is exact and costs no real time. Connect and read timeouts stay real.
/// </summary>
internal sealed class FastForwardClock : TimeProvider
{
    private readonly List<TimeSpan> _pauses = [];
    private long _ticks = new DateTimeOffset(2025, 4, 15, 8, 0, 0, TimeSpan.Zero).UtcTicks;

    /// <summary>The pauses asked for, in order.</summary>
    public IReadOnlyList<TimeSpan> Pauses
    {
        get
        {
            lock (_pauses)
            {
                return [.. _pauses];
            }
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_pauses)
            {
                _pauses.Add(dueTime);
            }

            Interlocked.Add(ref _ticks, dueTime.Ticks);
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new Inert();
    }

    private sealed class Inert : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
