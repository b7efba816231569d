using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>
/// What a traversal must not walk: relations of the excluded types, and entities of the excluded kinds (neither reached
/// nor walked through; the ends a caller names are always kept).
/// </summary>
public sealed record TraversalFilter(
    IReadOnlyCollection<RelationType>? ExcludedTypes = null, IReadOnlyCollection<EntityKind>? ExcludedKinds = null)
{
    /// <summary>Excludes nothing.</summary>
    public static TraversalFilter None { get; } = new();

    /// <summary>
    /// The relation types to walk, given the ones a caller asked for (null or empty for all): null for all, an empty list
    /// when the exclusions leave none.
    /// </summary>
    public IReadOnlyCollection<RelationType>? TypesToWalk(IReadOnlyCollection<RelationType>? requested)
    {
        if (ExcludedTypes is not { Count: > 0 } excluded)
        {
            return requested is { Count: > 0 } ? requested : null;
        }

        return (requested is { Count: > 0 } ? requested : RelationTypes.All).Where(t => !excluded.Contains(t)).Distinct().ToList();
    }

    /// <summary>True when <paramref name="entity"/> is of an excluded kind (IDs start with the kind, see <see cref="StableIds"/>).</summary>
    public bool Excludes(EntityId entity)
    {
        if (ExcludedKinds is not { Count: > 0 } kinds)
        {
            return false;
        }

        foreach (var kind in kinds)
        {
            var prefix = StableIds.KindPrefix(kind);
            if (entity.Value.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
