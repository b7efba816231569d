using Graph.Analytics.Traversal;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.Analytics.Impact;

/// <summary>Ranking by length and support, and the entities, evidence and figures of the chains that made the cut.</summary>
internal sealed partial class PolicyImpactAnalyzer
{
    // The evidence read here covers every chain that can make the cut, so assembling the ranked ones reads none again.
    private async Task<(List<(ChainDraft Chain, int Support)> Ranked, Dictionary<string, List<Mention>> Evidence)> RankAsync(
        List<ChainDraft> chains, int first, CancellationToken cancellationToken)
    {
        if (chains.Count == 0 || first == 0)
        {
            return ([], []);
        }

        // Length ranks first, so only chains no longer than the first-th shortest can make the cut; only their links
        // need their evidence read.
        var byLength = chains.OrderBy(c => c.Relations.Length).ToList();
        var longest = byLength[Math.Min(first, byLength.Count) - 1].Relations.Length;
        var candidates = byLength.TakeWhile(c => c.Relations.Length <= longest).ToList();
        var evidence = await EvidenceAsync(candidates.SelectMany(c => c.Relations), cancellationToken).ConfigureAwait(false);
        var ranked = candidates
            .Select(c => (Chain: c, Support: c.Relations.Min(r => evidence.TryGetValue(r.Id.Value, out var spans) ? spans.Count : 0)))
            .OrderBy(c => c.Chain.Relations.Length)
            .ThenByDescending(c => c.Support)
            .ThenBy(c => c.Chain.Key, StringComparer.Ordinal)
            .Take(first)
            .ToList();
        return (ranked, evidence);
    }

    private async Task<PolicyImpact> AssembleAsync(
        Entity policy, List<(ChainDraft Chain, int Support)> ranked, Dictionary<string, List<Mention>> evidence, int chainCount,
        bool truncated, int observationsPerEntity, CancellationToken cancellationToken)
    {
        var entities = await Entities.LoadAsync(store, ranked.SelectMany(c => c.Chain.Nodes), cancellationToken).ConfigureAwait(false);
        var chains = ranked
            .Where(c => c.Chain.Nodes.All(entities.ContainsKey))
            .Select(c => new ImpactChain(
                c.Chain.Nodes.Select(n => entities[n]).ToList(),
                c.Chain.Relations.Select(r => new ImpactLink(r, evidence.GetValueOrDefault(r.Id.Value) ?? [])).ToList(),
                c.Chain.Polarity(),
                c.Support))
            .ToList();

        var reached = new Dictionary<EntityId, (int Depth, ImpactPolarity Polarity)>();
        foreach (var chain in chains)
        {
            var last = chain.Nodes[^1].Id;
            if (!reached.TryGetValue(last, out var known) || known.Depth > chain.Length)
            {
                reached[last] = (chain.Length, chain.Polarity);
            }
        }

        var figures = await ObservationsAsync(
                reached.Keys.Select(id => entities[id]).ToList(), policy.StartDate, observationsPerEntity, cancellationToken)
            .ConfigureAwait(false);
        chains = chains.Select(c => c with { Figures = figures.GetValueOrDefault(c.Nodes[^1].Id) ?? [] }).ToList();
        var impacted = reached
            .OrderBy(p => p.Value.Depth).ThenBy(p => p.Key.Value, StringComparer.Ordinal)
            .Select(p => new ImpactedEntity(entities[p.Key], p.Value.Depth, p.Value.Polarity, figures.GetValueOrDefault(p.Key) ?? []))
            .ToList();
        return new PolicyImpact(policy, chains, impacted, chainCount, truncated);
    }

    private async Task<Dictionary<string, List<Mention>>> EvidenceAsync(
        IEnumerable<Relation> relations, CancellationToken cancellationToken)
    {
        var ids = relations.Select(r => r.Id.Value).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var mentions = await store.GetMentionsAsync(ids, cancellationToken).ConfigureAwait(false);
        return mentions.GroupBy(m => m.TargetId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    // Figures about each reached entity (as subject) and, for an indicator, figures of that indicator: two store calls in all,
    // each bounded per entity (perEntity rows each, at most first reached entities).
    private async Task<Dictionary<EntityId, List<Observation>>> ObservationsAsync(
        List<Entity> reached, DateOnly? since, int perEntity, CancellationToken cancellationToken)
    {
        var result = new Dictionary<EntityId, List<Observation>>();
        if (reached.Count == 0 || perEntity <= 0)
        {
            return result;
        }

        var bySubject = await store.GetObservationsAsync(
            new ObservationQuery(perEntity, SubjectIds: reached.Select(e => e.Id).ToList(), From: since, FirstPerSubject: true),
            cancellationToken).ConfigureAwait(false);
        foreach (var observation in bySubject.Items.Select(i => i.Node))
        {
            Add(result, observation.Subject, observation, perEntity);
        }

        var indicators = reached.Where(e => e.Kind == EntityKind.Indicator).Select(e => e.Id).ToList();
        if (indicators.Count > 0)
        {
            // Each indicator's own first figures: a page over all of them in subject order let one indicator with many
            // figures crowd the others out, and sorted every figure of every indicator to find the first few.
            var byIndicator = await store.GetObservationsAsync(
                new ObservationQuery(perEntity, IndicatorIds: indicators, From: since, FirstPerIndicator: true), cancellationToken)
                .ConfigureAwait(false);
            foreach (var observation in byIndicator.Items.Select(i => i.Node))
            {
                Add(result, observation.Indicator, observation, perEntity);
            }
        }

        return result;
    }

    private static void Add(Dictionary<EntityId, List<Observation>> result, EntityId key, Observation observation, int perEntity)
    {
        if (!result.TryGetValue(key, out var list))
        {
            result[key] = list = [];
        }

        if (list.Count < perEntity)
        {
            list.Add(observation);
        }
    }
}
