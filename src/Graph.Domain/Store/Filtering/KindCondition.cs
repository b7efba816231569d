using Graph.Domain.Model;

namespace Graph.Domain.Store.Filtering;

/// <summary>The entity is of one of these kinds (none: never). Used on the other end of a relation and in search.</summary>
public sealed record KindCondition(IReadOnlyList<EntityKind> Kinds) : EntityCondition;
