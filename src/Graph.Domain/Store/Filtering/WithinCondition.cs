using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Domain.Store.Filtering;

/// <summary>
/// The entity lies in <paramref name="Place"/>, directly or down the place hierarchy: a chain of at most
/// <paramref name="MaxDepth"/> relations from the entity to the place, the first LOCATED_IN, HELD_IN or PART_OF, the others
/// LOCATED_IN or PART_OF, every entity after the first a place (a company in 朝阳市, which lies in 辽宁省, is within 辽宁省).
/// The place itself is not within itself. The depth bounds what the condition reads.
/// </summary>
public sealed record WithinCondition(EntityId Place, int MaxDepth) : EntityCondition
{
    /// <summary>The deepest chain any store accepts, whatever its caller allows.</summary>
    public const int DepthCeiling = 12;

    /// <summary>The relation types of the first link (the entity to its place).</summary>
    public static IReadOnlyList<RelationType> FirstLinkTypes { get; } = [RelationType.LocatedIn, RelationType.HeldIn, RelationType.PartOf];

    /// <summary>The relation types of the hierarchy (a place to the place it lies in).</summary>
    public static IReadOnlyList<RelationType> HierarchyTypes { get; } = [RelationType.LocatedIn, RelationType.PartOf];
}
