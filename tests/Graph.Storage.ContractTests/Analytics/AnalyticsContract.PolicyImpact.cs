using Graph.Analytics.Impact;
using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests.Analytics;

public abstract partial class AnalyticsContract
{
    [Fact]
    public async Task Policy_impact_ranks_chains_by_length_then_support()
    {
        var impact = await Analytics.PolicyImpactAsync(new PolicyImpactQuery(SampleGraph.DataPolicy.Id, 4, 20));

        Assert.NotNull(impact);
        Assert.Equal(SampleGraph.DataPolicy.Id, impact.Policy.Id);
        // Two of the length-2 chains end with LOCATED_IN at the place the body or company they reach sits in.
        Assert.Equal([1, 1, 1, 2, 2, 2, 3, 4], impact.Chains.Select(c => c.Length));
        Assert.Equal(8, impact.ChainCount);
        Assert.False(impact.Truncated);
        // Among the one-link chains the attested ones (one span each) come before ISSUED_BY, which has none.
        Assert.Equal("国家数据局", impact.Chains[2].Nodes[^1].Name);
        Assert.Equal(0, impact.Chains[2].Support);
        Assert.All(impact.Chains.Take(2), c => Assert.Equal(1, c.Support));
        Assert.Equal(
            ["关于促进数据产业高质量发展的指导意见", "数据产业", "人工智能", "外包服务业", "服务外包合同签约额"],
            Names(impact.Chains[^1].Nodes));
    }

    [Fact]
    public async Task A_chain_carries_its_polarity_and_the_evidence_of_every_link()
    {
        var impact = await Analytics.PolicyImpactAsync(new PolicyImpactQuery(SampleGraph.DataPolicy.Id, 4, 20));

        var chains = impact!.Chains.ToDictionary(c => c.Nodes[^1].Name);
        Assert.Equal(ImpactPolarity.Neutral, chains["数据产业"].Polarity);
        Assert.Equal(ImpactPolarity.Negative, chains["大连港集团"].Polarity);
        Assert.Equal(ImpactPolarity.Positive, chains["人工智能"].Polarity);
        Assert.Equal(ImpactPolarity.Negative, chains["外包服务业"].Polarity);
        Assert.Equal(ImpactPolarity.Negative, chains["服务外包合同签约额"].Polarity);
        var dataToAi = chains["人工智能"].Links[1];
        Assert.Equal(AnalyticsSample.DataAffectsAi.Id, dataToAi.Relation.Id);
        Assert.Equal(2, dataToAi.Evidence.Count);
        Assert.All(dataToAi.Evidence, m => Assert.Equal(AnalyticsSample.Hash, m.DocumentHash));
        Assert.Equal(1, chains["人工智能"].Support);
    }

    [Fact]
    public async Task Policy_impact_lists_the_figures_of_what_it_reaches_from_the_policy_date_on()
    {
        var impact = await Analytics.PolicyImpactAsync(new PolicyImpactQuery(SampleGraph.DataPolicy.Id, 4, 20));

        var indicator = impact!.Reached.Single(r => r.Entity.Id == SampleGraph.OutsourcingValue.Id);
        Assert.Equal(4, indicator.Depth);
        // The policy dates from 2024-12-31: the 2024 Q1 figure is before it, the 2025 ones after.
        Assert.Contains(indicator.Observations, o => o.Id == SampleGraph.DalianOutsourcing2025Q1.Id);
        Assert.DoesNotContain(indicator.Observations, o => o.Id == SampleGraph.DalianOutsourcing2024Q1.Id);
        Assert.Equal([1, 1, 1, 2, 2, 2, 3, 4], impact.Reached.Select(r => r.Depth));
        Assert.Equal(indicator.Observations, impact.Chains.Single(c => c.Nodes[^1].Id == SampleGraph.OutsourcingValue.Id).Figures);
    }

    [Fact]
    public async Task Each_indicator_a_policy_reaches_gets_its_own_figures_however_many_another_has()
    {
        // A policy touching both indicators of the sample; Dalian has three figures of each. One page of two figures over
        // both indicators in page order (subject first) would hold two of one indicator and none of the other.
        var policy = Entity.Create(EntityKind.Policy, "样本双指标政策");
        var text = "样本双指标政策推动两项指标。";
        var hash = StableIds.DocumentHash(text);
        await Store.UpsertAsync(new GraphBatch(
            new DocumentInfo(hash, "indicators.txt", null, null, new DateOnly(2025, 6, 1), text.Length),
            [policy],
            [
                Relation.Create(RelationType.Affects, policy.Id, SampleGraph.Gdp.Id),
                Relation.Create(RelationType.Affects, policy.Id, SampleGraph.OutsourcingValue.Id),
            ],
            [],
            []));

        var impact = await Analytics.PolicyImpactAsync(new PolicyImpactQuery(policy.Id, 1, 20, ObservationsPerEntity: 1));

        var gdp = impact!.Reached.Single(r => r.Entity.Id == SampleGraph.Gdp.Id);
        var outsourcing = impact.Reached.Single(r => r.Entity.Id == SampleGraph.OutsourcingValue.Id);
        Assert.Equal(SampleGraph.Gdp.Id, Assert.Single(gdp.Observations).Indicator);
        Assert.Equal(SampleGraph.OutsourcingValue.Id, Assert.Single(outsourcing.Observations).Indicator);
    }

    [Fact]
    public async Task A_chain_may_end_at_the_place_what_it_touches_sits_in_but_goes_no_further_up()
    {
        var impact = await Analytics.PolicyImpactAsync(new PolicyImpactQuery(SampleGraph.DataPolicy.Id, 4, 20));

        Assert.Contains(impact!.Chains, c => c is { Length: 2 } && c.Links[0].Relation.Id == AnalyticsSample.PolicyAffectsPort.Id
            && c.Links[1].Relation.Id == AnalyticsSample.PortInChina.Id);
        Assert.DoesNotContain(impact.Chains, c => c.Links.Count(l => l.Relation.Type == RelationType.LocatedIn) > 1);
        Assert.DoesNotContain(impact.Chains, c => c.Links.Take(c.Links.Count - 1).Any(l => l.Relation.Type == RelationType.LocatedIn));
    }

    [Fact]
    public async Task Policy_impact_stops_at_the_depth_asked_and_cuts_to_first()
    {
        var shallow = await Analytics.PolicyImpactAsync(new PolicyImpactQuery(SampleGraph.DataPolicy.Id, 2, 20));
        var few = await Analytics.PolicyImpactAsync(new PolicyImpactQuery(SampleGraph.DataPolicy.Id, 4, 2));

        Assert.Equal(6, shallow!.ChainCount);
        Assert.All(shallow.Chains, c => Assert.InRange(c.Length, 1, 2));
        Assert.Equal(2, few!.Chains.Count);
        Assert.Equal(8, few.ChainCount);
    }

    [Fact]
    public async Task Policy_impact_of_an_unknown_entity_is_null_and_a_depth_past_the_bound_is_refused()
    {
        Assert.Null(await Analytics.PolicyImpactAsync(new PolicyImpactQuery(new EntityId("policy_0000000000000000"), 3, 10)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Analytics.PolicyImpactAsync(new PolicyImpactQuery(SampleGraph.DataPolicy.Id, 5, 10)));
    }
}
