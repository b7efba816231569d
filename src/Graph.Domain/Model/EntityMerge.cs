namespace Graph.Domain.Model;

/// <summary>
/// How two sightings of one entity combine: the first name stays the name and any other becomes an alias, aliases are
/// unioned in first-seen order (never repeating the name), and a field already set is kept while a missing one is filled.
/// Every store merges by these rules, so a graph reads the same whichever backend holds it.
/// </summary>
public static class EntityMerge
{
    /// <summary>Merges repeated IDs within a batch, keeping the order of first appearance.</summary>
    public static IReadOnlyList<Entity> Collapse(IReadOnlyList<Entity> entities)
    {
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var merged = new List<Entity>(entities.Count);
        foreach (var entity in entities)
        {
            if (byId.TryGetValue(entity.Id.Value, out var index))
            {
                merged[index] = Merge(merged[index], entity);
            }
            else
            {
                byId.Add(entity.Id.Value, merged.Count);
                merged.Add(Clean(entity));
            }
        }

        return merged;
    }

    /// <summary>The entity with blank, repeated and name-equal aliases removed and empty attributes as null.</summary>
    public static Entity Clean(Entity entity) => entity with
    {
        Aliases = UnionAliases(entity.Name, [], entity.Aliases),
        Attributes = entity.Attributes is { Count: > 0 } ? entity.Attributes : null,
    };

    public static Entity Merge(Entity existing, Entity incoming)
    {
        if (existing.Kind != incoming.Kind)
        {
            throw BatchRules.Invalid($"entity {existing.Id} is a {existing.Kind} but the batch gives it as a {incoming.Kind}.");
        }

        return existing with
        {
            Aliases = UnionAliases(existing.Name, existing.Aliases, [incoming.Name, .. incoming.Aliases]),
            Subtype = existing.Subtype ?? incoming.Subtype,
            StartDate = existing.StartDate ?? incoming.StartDate,
            EndDate = existing.EndDate ?? incoming.EndDate,
            Attributes = MergeAttributes(existing.Attributes, incoming.Attributes),
        };
    }

    /// <summary>True when the stored row would not change.</summary>
    public static bool SameContent(Entity a, Entity b) =>
        a.Aliases.SequenceEqual(b.Aliases, StringComparer.Ordinal) &&
        string.Equals(a.Subtype, b.Subtype, StringComparison.Ordinal) &&
        a.StartDate == b.StartDate &&
        a.EndDate == b.EndDate &&
        a.AttributesOrEmpty.Count == b.AttributesOrEmpty.Count &&
        a.AttributesOrEmpty.All(p =>
            b.AttributesOrEmpty.TryGetValue(p.Key, out var v) && string.Equals(v, p.Value, StringComparison.Ordinal));

    private static List<string> UnionAliases(string name, IEnumerable<string> kept, IEnumerable<string> added)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { name };
        var aliases = new List<string>();
        foreach (var alias in kept.Concat(added))
        {
            if (!string.IsNullOrWhiteSpace(alias) && seen.Add(alias))
            {
                aliases.Add(alias);
            }
        }

        return aliases;
    }

    private static IReadOnlyDictionary<string, string>? MergeAttributes(
        IReadOnlyDictionary<string, string>? existing, IReadOnlyDictionary<string, string>? incoming)
    {
        if (incoming is not { Count: > 0 })
        {
            return existing is { Count: > 0 } ? existing : null;
        }

        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in incoming)
        {
            merged[key] = value;
        }

        foreach (var (key, value) in existing ?? new Dictionary<string, string>())
        {
            merged[key] = value;
        }

        return merged;
    }
}
