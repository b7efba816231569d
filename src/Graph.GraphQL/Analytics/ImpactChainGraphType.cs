using Graph.Analytics.Impact;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Observations;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary>A chain from a policy along ISSUED_BY, TARGETS, AFFECTS and IMPLEMENTS, with the figures of what it reaches.</summary>
internal sealed class ImpactChainGraphType : ObjectGraphType<ImpactChain>
{
    public ImpactChainGraphType()
    {
        Name = "ImpactChain";
        Description = "A chain from the policy: `links[i]` leads from `nodes[i]` to `nodes[i+1]`, each in its own direction.";
        Field<NonNullGraphType<IntGraphType>>("length").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<ImpactPolarityGraphType>>("polarity").Resolve(c => c.Source.Polarity);
        Field<NonNullGraphType<IntGraphType>>("support")
            .Description("Evidence spans of the weakest link: a chain is as well attested as its least attested link.")
            .Resolve(c => c.Source.Support);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterfaceGraphType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImpactLinkGraphType>>>>("links").Resolve(c => c.Source.Links);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationGraphType>>>>("figures")
            .Description(
                "Figures reported for the chain's last node (as subject, or of it as an indicator) from the policy's date on, at most " +
                "`observationsPerEntity`.")
            .Resolve(c => c.Source.Figures);
    }
}
