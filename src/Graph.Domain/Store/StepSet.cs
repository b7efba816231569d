namespace Graph.Domain.Store;

/// <summary>The steps of one traversal level, and whether any entity had more relations than the cap let through.</summary>
/// <param name="Steps">Ordered by the entity reached, then by relation ID (ordinal), so a walk over them is deterministic.</param>
public sealed record StepSet(IReadOnlyList<RelationStep> Steps, bool Capped)
{
    public static StepSet Empty { get; } = new([], false);
}
