using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>
/// One breadth-first level: the relations touching any entity of <paramref name="EntityIds"/>, as steps (which end, which
/// other end, which relation), without reading the relations themselves.
/// </summary>
/// <param name="Types">Only these types; null or empty for all.</param>
/// <param name="FirstPerEntity">
/// When set, each entity contributes at most this many steps per side (outgoing, incoming), the first by relation ID, and
/// <see cref="StepSet.Capped"/> tells whether any had more: a hub then costs what any other entity costs.
/// </param>
public sealed record StepQuery(
    IReadOnlyCollection<EntityId> EntityIds,
    RelationDirection Direction,
    IReadOnlyCollection<RelationType>? Types = null,
    int? FirstPerEntity = null)
{
    /// <summary>Throws <see cref="InvalidGraphInputException"/> for arguments no store can answer.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(EntityIds);
        if (FirstPerEntity is { } first)
        {
            InvalidGraphInputException.ThrowIfOutside(first, 1, int.MaxValue, nameof(FirstPerEntity));
        }
    }
}
