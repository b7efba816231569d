using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>
/// The relations of a batch of entities. Each anchor's list is ordered by relation ID; each anchor gets at most
/// <paramref name="FirstPerEntity"/> of its relations between the cursors <paramref name="After"/> and
/// <paramref name="Before"/> (relation IDs): the first ones, or with <paramref name="FromEnd"/> the last ones.
/// </summary>
/// <param name="Types">Only these types; null or empty for all.</param>
/// <param name="Before">A cursor from the same list: only relations before it.</param>
/// <param name="FromEnd">
/// When true, each anchor gets the last <paramref name="FirstPerEntity"/> relations (before <paramref name="Before"/>), read
/// from the end: Relay's <c>last</c>. The rows of each anchor then come in reading order, the last relation first, as
/// <see cref="PageBuilder.BuildEitherWay{T}"/> takes them.
/// </param>
public sealed record RelationQuery(
    IReadOnlyCollection<EntityId> EntityIds,
    RelationDirection Direction,
    int FirstPerEntity,
    IReadOnlyCollection<RelationType>? Types = null,
    string? After = null,
    string? Before = null,
    bool FromEnd = false)
{
    /// <summary>Throws <see cref="InvalidGraphInputException"/> for arguments no store can answer.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(EntityIds);
        InvalidGraphInputException.ThrowIfNegative(FirstPerEntity, nameof(FirstPerEntity));
    }
}
