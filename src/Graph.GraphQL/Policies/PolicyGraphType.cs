using Graph.Domain.Model;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.Policies;

/// <summary>A law, plan, programme, campaign or agreement.</summary>
internal sealed class PolicyGraphType : EntityGraphType
{
    public PolicyGraphType()
        : base(EntityKind.Policy, "A law, plan, programme, campaign or agreement.")
    {
        AddDates("When it was issued or took effect, where known.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterfaceGraphType>>>>("issuedBy")
            .Description("Bodies that issued it (ISSUED_BY).")
            .Resolve(c => RelatedFields.Entities(c, RelationType.IssuedBy, RelationDirection.Outgoing, EntityFields.DefaultFirst));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterfaceGraphType>>>>("targets")
            .Description("What it aims at (TARGETS).")
            .Resolve(c => RelatedFields.Entities(c, RelationType.Targets, RelationDirection.Outgoing, EntityFields.DefaultFirst));
        Field<NonNullGraphType<RelationConnectionGraphType>>("affects")
            .Description("What it affects (AFFECTS), each relation with its polarity.")
            .Argument<IntGraphType>("first", $"Page size from the start; {EntityFields.DefaultFirst} when neither first nor last is given.")
            .Argument<StringGraphType>("after")
            .Argument<IntGraphType>("last", "Page size from the end (the relations just before `before`, or the last ones).")
            .Argument<StringGraphType>("before")
            .Resolve(c => RelatedFields.ResolveRelationConnection(c, [RelationType.Affects], RelationDirection.Outgoing));
    }
}
