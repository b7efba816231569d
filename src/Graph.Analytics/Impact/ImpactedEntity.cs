using Graph.Domain.Model;

namespace Graph.Analytics.Impact;

/// <summary>
/// An entity some chain reaches, at its least depth, with the polarity of its best-ranked chain and the figures reported
/// for it (as subject, or as the indicator itself) from the policy's date on.
/// </summary>
public sealed record ImpactedEntity(Entity Entity, int Depth, ImpactPolarity Polarity, IReadOnlyList<Observation> Observations);
