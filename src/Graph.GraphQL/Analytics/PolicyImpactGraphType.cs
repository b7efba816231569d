using Graph.Analytics.Impact;
using Graph.GraphQL.Policies;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary>What a policy touches.</summary>
internal sealed class PolicyImpactGraphType : ObjectGraphType<PolicyImpact>
{
    public PolicyImpactGraphType()
    {
        Name = "PolicyImpact";
        Description = "The chains that start at a policy, ranked by length (shorter first) and support (better attested first).";
        Field<NonNullGraphType<PolicyGraphType>>("policy").Resolve(c => c.Source.Policy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImpactChainGraphType>>>>("chains").Resolve(c => c.Source.Chains);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImpactedEntityGraphType>>>>("reached")
            .Description("The entities the returned chains end at, nearest first.")
            .Resolve(c => c.Source.Reached);
        Field<NonNullGraphType<IntGraphType>>("chainCount")
            .Description("Chains found before the cut to `first`.")
            .Resolve(c => c.Source.ChainCount);
        Field<NonNullGraphType<BooleanGraphType>>("truncated")
            .Description("True when a fan-out or visit bound cut the search, so chains may be missing.")
            .Resolve(c => c.Source.Truncated);
    }
}
