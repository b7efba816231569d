using Graph.Domain.Model;

namespace Graph.Analytics.Impact;

/// <summary>What a policy touches.</summary>
/// <param name="Chains">The best chains, ranked by length (shorter first), then support (higher first).</param>
/// <param name="Reached">Every entity the ranked chains reach, nearest first.</param>
/// <param name="ChainCount">Chains found in all, before the cut to <see cref="PolicyImpactQuery.First"/>.</param>
/// <param name="Truncated">True when a fan-out or visit bound cut the search, so chains may be missing.</param>
public sealed record PolicyImpact(
    Entity Policy, IReadOnlyList<ImpactChain> Chains, IReadOnlyList<ImpactedEntity> Reached, int ChainCount, bool Truncated);
