using Graph.Domain.Model;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Events;
using Graph.GraphQL.Observations;
using Graph.GraphQL.People;
using Graph.GraphQL.Places;
using Graph.GraphQL.Policies;
using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.Organizations;

/// <summary>A government body, university, research institute or media outlet.</summary>
internal sealed class OrganizationGraphType : EntityGraphType
{
    public OrganizationGraphType()
        : base(EntityKind.Organization, "A government body, university, research institute or media outlet.")
    {
        Field<PlaceGraphType>("location")
            .Resolve(c => RelatedFields.Entity(c, RelationType.LocatedIn, RelationDirection.Outgoing, EntityKind.Place));
        Field<OrganizationGraphType>("parent")
            .Description("The body it is part of (PART_OF), e.g. a department's ministry.")
            .Resolve(c => RelatedFields.Entity(c, RelationType.PartOf, RelationDirection.Outgoing, EntityKind.Organization));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganizationGraphType>>>>("units")
            .Description("Bodies that are part of it.")
            .Resolve(c => RelatedFields.Entities(c, RelationType.PartOf, RelationDirection.Incoming, EntityFields.DefaultFirst, EntityKind.Organization));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PositionGraphType>>>>("people")
            .Description("People who work for it and their roles.")
            .Resolve(c => RelatedFields.Relations(c, RelationType.WorksFor, RelationDirection.Incoming, EntityFields.DefaultFirst));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PolicyGraphType>>>>("policies")
            .Description("Policies it issued (ISSUED_BY).")
            .Resolve(c => RelatedFields.Entities(c, RelationType.IssuedBy, RelationDirection.Incoming, EntityFields.DefaultFirst, EntityKind.Policy));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventGraphType>>>>("events")
            .Resolve(c => RelatedFields.Entities(c, RelationType.ParticipatedIn, RelationDirection.Outgoing, EntityFields.DefaultFirst, EntityKind.Event));
        ObservationFields.AddSubjectObservations(this, "Figures reported for this organization.");
    }
}
