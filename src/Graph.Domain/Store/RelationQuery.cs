using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>
/// The relations of a batch of entities. Each anchor gets at most <paramref name="FirstPerEntity"/> relations, ordered by
/// relation ID, starting after <paramref name="After"/> (a relation ID cursor).
/// </summary>
/// <param name="Types">Only these types; null or empty for all.</param>
public sealed record RelationQuery(
    IReadOnlyCollection<EntityId> EntityIds,
    RelationDirection Direction,
    int FirstPerEntity,
    IReadOnlyCollection<RelationType>? Types = null,
    string? After = null)
{
    /// <summary>Throws <see cref="InvalidGraphInputException"/> for arguments no store can answer.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(EntityIds);
        InvalidGraphInputException.ThrowIfNegative(FirstPerEntity, nameof(FirstPerEntity));
    }
}
