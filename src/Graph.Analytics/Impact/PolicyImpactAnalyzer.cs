using Graph.Analytics.Traversal;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Analytics.Impact;

/// <summary>
/// policyImpact: breadth first from the policy along ISSUED_BY, TARGETS, AFFECTS and IMPLEMENTS in their own direction, and
/// back along IMPLEMENTS (who carries the policy out), two store calls per level for the whole frontier. A chain may end
/// with LOCATED_IN, at the place where what it touches sits, so it reaches that place's figures (a place is not followed
/// further up: city to province to country says nothing about the policy). Chains are simple paths; every prefix is a chain
/// of its own. Articles join only when asked (back along MENTIONS), and end a chain.
/// </summary>
internal sealed partial class PolicyImpactAnalyzer(IGraphReader store, AnalyticsOptions options)
{
    public static readonly IReadOnlyCollection<RelationType> FollowedTypes =
        [RelationType.IssuedBy, RelationType.Targets, RelationType.Affects, RelationType.Implements, RelationType.LocatedIn];

    private static readonly IReadOnlyCollection<RelationType> FollowedBackwards = [RelationType.Implements];

    private static readonly IReadOnlyCollection<RelationType> FollowedBackwardsWithArticles = [RelationType.Implements, RelationType.Mentions];

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

        var (chains, truncated) = await GrowAsync(policy.Id, query.MaxDepth, query.IncludeMentions, cancellationToken).ConfigureAwait(false);
        var (ranked, evidence) = await RankAsync(chains, query.First, cancellationToken).ConfigureAwait(false);
        return await AssembleAsync(policy, ranked, evidence, chains.Count, truncated, query.ObservationsPerEntity, cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<(List<ChainDraft> Chains, bool Truncated)> GrowAsync(
        EntityId policy, int maxDepth, bool includeMentions, CancellationToken cancellationToken)
    {
        var chains = new List<ChainDraft>();
        List<ChainDraft> frontier = [new([policy], [])];
        var expanded = new Dictionary<EntityId, IReadOnlyList<AnchoredRelation>>();
        var truncated = false;
        for (var depth = 1; depth <= maxDepth && frontier.Count > 0; depth++)
        {
            // Each entity is read once however many chains end at it; an article (reached back along MENTIONS) ends its chain.
            frontier = frontier.Where(c => c.Relations is not [.., { Type: RelationType.Mentions or RelationType.LocatedIn }]).ToList();
            var unread = frontier.Select(c => c.Last).Where(n => !expanded.ContainsKey(n)).Distinct().ToList();
            var forwards = await Expansion
                .ExpandAsync(store, unread, RelationDirection.Outgoing, FollowedTypes, options.MaxFanOut, cancellationToken)
                .ConfigureAwait(false);
            var backwards = await Expansion
                .ExpandAsync(
                    store, unread, RelationDirection.Incoming, includeMentions ? FollowedBackwardsWithArticles : FollowedBackwards,
                    options.MaxFanOut, cancellationToken)
                .ConfigureAwait(false);
            truncated |= forwards.Capped || backwards.Capped;
            foreach (var node in unread)
            {
                expanded[node] = [.. forwards.Of(node), .. backwards.Of(node)];
            }

            var next = new List<ChainDraft>();
            foreach (var chain in frontier)
            {
                foreach (var step in expanded[chain.Last])
                {
                    var target = step.Other;
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
