using Graph.Domain.Model;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Events;
using Graph.GraphQL.Observations;
using Graph.GraphQL.Other;
using Graph.GraphQL.People;
using Graph.GraphQL.Places;
using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.Companies;

/// <summary>A company or enterprise group.</summary>
internal sealed class CompanyGraphType : EntityGraphType
{
    public CompanyGraphType()
        : base(EntityKind.Company, "A company or enterprise group.")
    {
        Field<PlaceGraphType>("location")
            .Description("Where it is located (LOCATED_IN).")
            .Resolve(c => RelatedFields.Entity(c, RelationType.LocatedIn, RelationDirection.Outgoing, EntityKind.Place));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductGraphType>>>>("products")
            .Resolve(c => RelatedFields.Entities(c, RelationType.Produces, RelationDirection.Outgoing, EntityFields.DefaultFirst, EntityKind.Product));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventGraphType>>>>("events")
            .Description("Events it took part in.")
            .Resolve(c => RelatedFields.Entities(c, RelationType.ParticipatedIn, RelationDirection.Outgoing, EntityFields.DefaultFirst, EntityKind.Event));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PositionGraphType>>>>("people")
            .Description("People who work for it (WORKS_FOR).")
            .Resolve(c => RelatedFields.Relations(c, RelationType.WorksFor, RelationDirection.Incoming, EntityFields.DefaultFirst));
        ObservationFields.AddSubjectObservations(this, "Figures reported for this company (output, revenue, exports...).");
    }
}
