using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Analytics.Traversal;

/// <summary>
/// One breadth-first level over a whole frontier in one store call (<see cref="IGraphReader.GetStepsAsync"/>), with the
/// traversal's exclusions applied: excluded relation types are not read, steps into excluded kinds are dropped (except
/// into <c>ends</c>, the entities the caller named).
/// </summary>
internal static class Steps
{
    public static async Task<StepSet> ExpandAsync(
        IGraphReader store,
        IReadOnlyCollection<EntityId> frontier,
        RelationDirection direction,
        IReadOnlyCollection<RelationType>? types,
        TraversalFilter filter,
        int? firstPerEntity,
        CancellationToken cancellationToken,
        params IReadOnlyCollection<EntityId> ends)
    {
        var walk = filter.TypesToWalk(types);
        if (frontier.Count == 0 || walk is { Count: 0 })
        {
            return StepSet.Empty;
        }

        var level = await store
            .GetStepsAsync(new StepQuery(frontier, direction, walk, firstPerEntity), cancellationToken)
            .ConfigureAwait(false);
        return filter.ExcludedKinds is { Count: > 0 }
            ? level with { Steps = level.Steps.Where(s => ends.Contains(s.Other) || !filter.Excludes(s.Other)).ToList() }
            : level;
    }
}
