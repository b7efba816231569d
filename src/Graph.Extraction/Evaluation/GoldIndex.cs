using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Extraction.Evaluation;

/// <summary>
/// Looks gold entities up by canonical name (<see cref="CanonicalName"/>: NFKC, no spaces, no quotes or book-title marks,
/// Latin upper-cased), so 《t3n》, t3n and T3N are one name and “南数北用”工程 is 南数北用工程.
/// </summary>
internal sealed class GoldIndex
{
    private readonly Dictionary<(EntityKind, string), int> _byKindAndName = [];
    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);

    public GoldIndex(IReadOnlyList<GoldEntity> entities)
    {
        Entities = entities;
        Kinds = [.. entities.Select(e => Enum.TryParse<EntityKind>(e.Kind, out var kind)
            ? kind
            : throw new InvalidDataException($"Gold entity {e.Name} has an unknown kind '{e.Kind}'."))];
        for (var i = 0; i < entities.Count; i++)
        {
            foreach (var name in entities[i].Names.Select(CanonicalName.Normalize))
            {
                _byKindAndName.TryAdd((Kinds[i], name), i);
                _byName.TryAdd(name, i);
            }
        }
    }

    public IReadOnlyList<GoldEntity> Entities { get; }

    public IReadOnlyList<EntityKind> Kinds { get; }

    /// <summary>The gold entity of this kind that has this name or alias, or -1.</summary>
    public int Find(EntityKind kind, string name) => _byKindAndName.GetValueOrDefault((kind, CanonicalName.Normalize(name)), -1);

    /// <summary>
    /// The gold entity of the entity's kind named by its name or, failing that, one of its aliases: the first not yet
    /// <paramref name="matched"/>, else the first at all (a second entity for one real thing), else -1.
    /// </summary>
    public int Find(Entity entity, bool[] matched)
    {
        var first = -1;
        foreach (var name in entity.Aliases.Prepend(entity.Name))
        {
            var at = Find(entity.Kind, name);
            if (at >= 0 && !matched[at])
            {
                return at;
            }

            first = first < 0 ? at : first;
        }

        return first;
    }

    /// <summary>The first gold entity of any kind with this name or alias, or -1.</summary>
    public int Find(string name) => _byName.GetValueOrDefault(CanonicalName.Normalize(name), -1);

    /// <summary>
    /// The identity a relation end or an observation subject is compared by: the gold entity it names, or else its canonical
    /// name (places the hierarchy implies, such as 福建省 above 福州, need not be listed as entities).
    /// </summary>
    public string Key(string name) => Find(name) is var index and >= 0 ? $"#{index}" : CanonicalName.Normalize(name);

    /// <summary>True when the entity is one the gold leaves open either way; relations touching it are not scored either.</summary>
    public bool IsOptional(Entity entity) =>
        (Find(entity.Kind, entity.Name) is var index and >= 0 ? index : Find(entity.Name)) is var at and >= 0 && Entities[at].Optional;

    public string Key(Entity entity)
    {
        foreach (var name in entity.Aliases.Prepend(entity.Name))
        {
            if (Find(entity.Kind, name) is var index and >= 0)
            {
                return $"#{index}";
            }
        }

        return Key(entity.Name);
    }
}
