using Graph.Domain.Model;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Observations;
using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.Other;

/// <summary>An industry or sector (数字产业, 低空经济).</summary>
internal sealed class IndustryGraphType : EntityGraphType
{
    public IndustryGraphType()
        : base(EntityKind.Industry, "An industry or sector.")
    {
        Field<NonNullGraphType<RelationConnectionGraphType>>("affectedBy")
            .Description("What affects it (incoming AFFECTS), each relation with its polarity.")
            .Argument<IntGraphType>("first", $"Page size from the start; {EntityFields.DefaultFirst} when neither first nor last is given.")
            .Argument<StringGraphType>("after")
            .Argument<IntGraphType>("last", "Page size from the end (the relations just before `before`, or the last ones).")
            .Argument<StringGraphType>("before")
            .Resolve(c => RelatedFields.ResolveRelationConnection(c, [RelationType.Affects], RelationDirection.Incoming));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterfaceGraphType>>>>("targetedBy")
            .Description("Policies and programmes that target it (incoming TARGETS).")
            .Resolve(c => RelatedFields.Entities(c, RelationType.Targets, RelationDirection.Incoming, EntityFields.DefaultFirst));
        ObservationFields.AddSubjectObservations(this, "Figures reported for this industry.");
    }
}
