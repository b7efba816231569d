using Graph.Domain.Identity;

namespace Graph.Domain.Model;

/// <summary>A directed, typed edge with string properties (<c>role</c> on WORKS_FOR, <c>polarity</c> on AFFECTS).</summary>
public sealed record Relation(
    RelationId Id,
    RelationType Type,
    EntityId From,
    EntityId To,
    IReadOnlyDictionary<string, string> Properties)
{
    /// <summary>Creates a relation whose ID is derived from type, ends and the discriminating property, if any.</summary>
    public static Relation Create(
        RelationType type, EntityId from, EntityId to, IReadOnlyDictionary<string, string>? properties = null)
    {
        properties ??= new Dictionary<string, string>();
        var discriminator = properties.TryGetValue(RelationProperties.Role, out var role) ? role : null;
        return new Relation(StableIds.Relation(type, from, to, discriminator), type, from, to, properties);
    }
}
