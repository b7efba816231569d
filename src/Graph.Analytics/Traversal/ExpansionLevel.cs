using Graph.Domain.Identity;
using Graph.Domain.Store;

namespace Graph.Analytics.Traversal;

/// <summary>The relations read for one frontier, per entity, and whether any entity had more than the fan-out allowed.</summary>
internal sealed record ExpansionLevel(IReadOnlyDictionary<EntityId, IReadOnlyList<AnchoredRelation>> ByEntity, bool Capped)
{
    public IReadOnlyList<AnchoredRelation> Of(EntityId entity) => ByEntity.TryGetValue(entity, out var relations) ? relations : [];
}
