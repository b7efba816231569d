using System.ComponentModel.DataAnnotations;

namespace Graph.Analytics;

/// <summary>
/// Bounds of the analysts' queries (configuration section <c>Graph:Analytics</c>). Every traversal is bounded in depth,
/// in fan-out per entity (so a hub such as 中国 costs no more than any other node), in result count and in time.
/// </summary>
public sealed class AnalyticsOptions
{
    public const string SectionName = "Graph:Analytics";

    /// <summary>Largest <c>maxDepth</c> of <c>policyImpact</c>.</summary>
    [Range(1, 4)]
    public int MaxImpactDepth { get; set; } = 4;

    /// <summary>
    /// Largest <c>maxLength</c> of <c>paths</c> and <c>shortestPath</c> (the one bound of path length; the older
    /// <c>Graph:Limits:MaxPathLength</c> is read as an alias when this is not set).
    /// </summary>
    [Range(1, 12)]
    public int MaxPathLength { get; set; } = 6;

    /// <summary>Largest number of paths, chains, timeline entries or series points one call returns.</summary>
    [Range(1, 1_000)]
    public int MaxResults { get; set; } = 100;

    /// <summary>Relations read per entity per traversal step; a hub contributes at most this many.</summary>
    [Range(1, 10_000)]
    public int MaxFanOut { get; set; } = 100;

    /// <summary>Entities a single traversal may visit before it stops and reports itself truncated.</summary>
    [Range(10, 1_000_000)]
    public int MaxVisited { get; set; } = 20_000;

    /// <summary>Relations read per entity when comparing two neighborhoods or building a timeline.</summary>
    [Range(1, 100_000)]
    public int MaxNeighbors { get; set; } = 2_000;

    /// <summary>Subjects one <c>series</c> call may ask for.</summary>
    [Range(1, 1_000)]
    public int MaxSubjects { get; set; } = 50;

    /// <summary>Observations one <c>series</c> or <c>compare</c> call may read.</summary>
    [Range(1, 1_000_000)]
    public int MaxObservations { get; set; } = 10_000;

    /// <summary>Search hits or neighborhood nodes that <c>facets</c> counts.</summary>
    [Range(1, 100_000)]
    public int MaxFacetSample { get; set; } = 1_000;

    /// <summary>Wall-clock budget of one query; past it the query is cancelled.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
