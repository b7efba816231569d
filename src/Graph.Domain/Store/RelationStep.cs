using Graph.Domain.Identity;

namespace Graph.Domain.Store;

/// <summary>A relation walked from <paramref name="Anchor"/> (an entity of the frontier) to <paramref name="Other"/>, its other end.</summary>
public readonly record struct RelationStep(EntityId Anchor, EntityId Other, RelationId Relation);
