namespace Graph.Server.Tests.Support;

/// <summary>Tests that bound a request's CPU time: they run after the others and one at a time, so the process's CPU time is theirs.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CpuMeasuredCollection
{
    public const string Name = "CPU-measured";
}
