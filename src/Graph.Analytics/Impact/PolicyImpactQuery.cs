using Graph.Domain.Identity;

namespace Graph.Analytics.Impact;

/// <summary>The chains that start at <paramref name="Policy"/>, at most <paramref name="MaxDepth"/> links long, best <paramref name="First"/>.</summary>
/// <param name="ObservationsPerEntity">Figures reported for each reached entity from the policy's date on.</param>
/// <param name="IncludeMentions">Also follow MENTIONS back to the articles that name a node (each ends its chain).</param>
public sealed record PolicyImpactQuery(EntityId Policy, int MaxDepth, int First, int ObservationsPerEntity = 5, bool IncludeMentions = false);
