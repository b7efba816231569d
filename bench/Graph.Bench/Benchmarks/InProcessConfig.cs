using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Graph.Bench.Benchmarks;

/// <summary>
/// One in-process job (no generated project to build, the databases stay where the command runs), few iterations: the
/// graphs are large and each operation is milliseconds at most, so the spread is reported rather than driven down.
/// </summary>
public sealed class InProcessConfig : ManualConfig
{
    public InProcessConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(8));
    }
}
