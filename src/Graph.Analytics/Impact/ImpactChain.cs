using Graph.Domain.Model;

namespace Graph.Analytics.Impact;

/// <summary>
/// A chain from the policy: <c>Nodes[i]</c> → <c>Nodes[i+1]</c> by <c>Links[i]</c>, every link followed in its own direction.
/// </summary>
/// <param name="Support">Evidence spans of the weakest link: a chain is as well attested as its least attested link.</param>
public sealed record ImpactChain(IReadOnlyList<Entity> Nodes, IReadOnlyList<ImpactLink> Links, ImpactPolarity Polarity, int Support)
{
    public int Length => Links.Count;

    /// <summary>The figures reported for the chain's last node (as subject, or of it as an indicator) from the policy's date on.</summary>
    public IReadOnlyList<Observation> Figures { get; init; } = [];
}
