using Graph.Domain.Model;

namespace Graph.Domain.Store.Filtering;

/// <summary>
/// Whether the entity has (<paramref name="Exists"/> true: "some") or lacks (false: "none") a relation of one of
/// <paramref name="Types"/> (any type when empty) in <paramref name="Direction"/> whose other end satisfies
/// <paramref name="Other"/> (any entity when null).
/// </summary>
public sealed record RelationCondition(
    bool Exists,
    IReadOnlyList<RelationType> Types,
    RelationDirection Direction = RelationDirection.Both,
    EntityCondition? Other = null) : EntityCondition;
