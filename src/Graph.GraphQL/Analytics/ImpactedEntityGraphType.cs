using Graph.Analytics.Impact;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Observations;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary>An entity a policy's chains reach, with the figures reported for it from the policy's date on.</summary>
internal sealed class ImpactedEntityGraphType : ObjectGraphType<ImpactedEntity>
{
    public ImpactedEntityGraphType()
    {
        Name = "ImpactedEntity";
        Field<NonNullGraphType<EntityInterfaceGraphType>>("entity").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<IntGraphType>>("depth")
            .Description("Links from the policy, by the shortest chain.")
            .Resolve(c => c.Source.Depth);
        Field<NonNullGraphType<ImpactPolarityGraphType>>("polarity")
            .Description("Of its best-ranked chain.")
            .Resolve(c => c.Source.Polarity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationGraphType>>>>("observations")
            .Description("Figures about it (or, for an indicator, of it) for periods ending on or after the policy's date.")
            .Resolve(c => c.Source.Observations);
    }
}
