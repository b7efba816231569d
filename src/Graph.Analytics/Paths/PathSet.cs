using Graph.Domain.Store;

namespace Graph.Analytics.Paths;

/// <summary>The paths found, shortest first.</summary>
/// <param name="ShortestLength">The length of a shortest path, or null when none lies within the bound.</param>
/// <param name="Truncated">True when a hub's fan-out or the visit bound limited the search, so paths may be missing.</param>
public sealed record PathSet(IReadOnlyList<GraphPath> Paths, int? ShortestLength, bool Truncated)
{
    public static PathSet None { get; } = new([], null, false);
}
