namespace Graph.Extraction.Tests.Scaling;

/// <summary>Timing tests run alone, after the parallel ones, so their ratios see an idle process.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
