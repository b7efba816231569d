namespace Graph.Server.Tests.Support;

/// <summary>
/// The CPU time a request costs the process that answers it. Linux counts a process's CPU time in 10 ms ticks, so a
/// run is a batch of requests and the cost is the batch's CPU time over its size; the least of several batches after a
/// warm-up (the first requests pay for compiling code; any later noise only adds). Wall-clock time on a shared machine
/// is not meaningful; CPU time is.
/// </summary>
internal static class CpuMeter
{
    private const int Batch = 10;

    /// <summary>The least CPU time per call of <paramref name="action"/> over <paramref name="runs"/> batches, and the per-call time of each batch.</summary>
    public static async Task<(T Result, TimeSpan Cpu, IReadOnlyList<TimeSpan> Runs)> LeastOfAsync<T>(
        Func<TimeSpan> cpuTime, Func<int, Task<T>> action, int warmUps = 3, int runs = 3)
    {
        var call = 0;
        T result = default!;
        for (var i = 0; i < warmUps; i++)
        {
            result = await action(call++);
        }

        var measured = new List<TimeSpan>();
        for (var run = 0; run < runs; run++)
        {
            var before = cpuTime();
            for (var i = 0; i < Batch; i++)
            {
                result = await action(call++);
            }

            measured.Add((cpuTime() - before) / Batch);
        }

        return (result, measured.Min(), measured);
    }
}
