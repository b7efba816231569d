using Graph.Analytics.Traversal;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Analytics.Impact;

/// <summary>
/// policyImpact: breadth first from the policy along ISSUED_BY, TARGETS and AFFECTS, each in its own direction, one store
/// call per level for the whole frontier. Chains are simple paths; every prefix is a chain of its own.
/// </summary>
internal sealed partial class PolicyImpactAnalyzer(IGraphReader store, AnalyticsOptions options)
{
    public static readonly IReadOnlyCollection<RelationType> FollowedTypes =
        [RelationType.IssuedBy, RelationType.Targets, RelationType.Affects];

    public async Task<PolicyImpact?> AnalyzeAsync(PolicyImpactQuery query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.MaxDepth, 1, nameof(query.MaxDepth));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.MaxDepth, options.MaxImpactDepth, nameof(query.MaxDepth));
        ArgumentOutOfRangeException.ThrowIfNegative(query.First, nameof(query.First));
        var policy = await Entities.LoadOneAsync(store, query.Policy, cancellationToken).ConfigureAwait(false);
        if (policy is null)
        {
            return null;
        }

        var (chains, truncated) = await GrowAsync(policy.Id, query.MaxDepth, cancellationToken).ConfigureAwait(false);
        var ranked = await RankAsync(chains, query.First, cancellationToken).ConfigureAwait(false);
        return await AssembleAsync(policy, ranked, chains.Count, truncated, query.ObservationsPerEntity, cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<(List<ChainDraft> Chains, bool Truncated)> GrowAsync(
        EntityId policy, int maxDepth, CancellationToken cancellationToken)
    {
        var chains = new List<ChainDraft>();
        List<ChainDraft> frontier = [new([policy], [])];
        var expanded = new Dictionary<EntityId, IReadOnlyList<AnchoredRelation>>();
        var truncated = false;
        for (var depth = 1; depth <= maxDepth && frontier.Count > 0; depth++)
        {
            // Each entity is read once however many chains end at it.
            var unread = frontier.Select(c => c.Last).Where(n => !expanded.ContainsKey(n)).Distinct().ToList();
            var level = await Expansion
                .ExpandAsync(store, unread, RelationDirection.Outgoing, FollowedTypes, options.MaxFanOut, cancellationToken)
                .ConfigureAwait(false);
            truncated |= level.Capped;
            foreach (var node in unread)
            {
                expanded[node] = level.Of(node);
            }

            var next = new List<ChainDraft>();
            foreach (var chain in frontier)
            {
                foreach (var step in expanded[chain.Last])
                {
                    var target = step.Relation.To;
                    if (chain.Visits(target))
                    {
                        continue;
                    }

                    if (chains.Count >= options.MaxVisited)
                    {
                        return (chains, true);
                    }

                    var longer = chain.Extend(step.Relation, target);
                    chains.Add(longer);
                    next.Add(longer);
                }
            }

            frontier = next;
        }

        return (chains, truncated);
    }
}
