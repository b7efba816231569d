using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>Counts for <c>stats</c> and health pages.</summary>
public sealed record GraphStatistics(
    IReadOnlyDictionary<EntityKind, long> EntitiesByKind,
    IReadOnlyDictionary<RelationType, long> RelationsByType,
    long Observations,
    long Mentions,
    long Documents)
{
    public long Entities => EntitiesByKind.Values.Sum();

    public long Relations => RelationsByType.Values.Sum();
}
