using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Extraction.Recognition;

/// <summary>An entity as the recognizers see it; the batch builder merges all refs with the same ID into one entity.</summary>
/// <param name="Key">The identity key: usually the name; qualified where a name is shared (信息技术发展司 under its ministry).</param>
internal sealed record EntityRef(EntityKind Kind, string Name, string Key, string? Subtype = null, IReadOnlyList<string>? Aliases = null)
{
    public EntityId Id { get; } = EntityIdCache.Get(Kind, Key);

    public static EntityRef Named(EntityKind kind, string name, string? subtype = null, IReadOnlyList<string>? aliases = null) =>
        new(kind, name, name, subtype, aliases);

    public bool Equals(EntityRef? other) => other is not null && Id == other.Id;

    public override int GetHashCode() => Id.GetHashCode();
}
