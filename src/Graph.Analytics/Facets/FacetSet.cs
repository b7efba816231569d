using Graph.Domain.Model;

namespace Graph.Analytics.Facets;

/// <summary>Counts by entity kind and relation type over a search or a neighborhood, for drawing filters.</summary>
/// <param name="Sampled">Entities counted.</param>
/// <param name="Complete">False when a bound cut the sample, so the counts are lower bounds.</param>
public sealed record FacetSet(
    IReadOnlyList<FacetCount<EntityKind>> Kinds, IReadOnlyList<FacetCount<RelationType>> RelationTypes, int Sampled, bool Complete);
