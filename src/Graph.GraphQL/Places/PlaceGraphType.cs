using Graph.Domain.Model;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Observations;
using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.Places;

/// <summary>A country, province, city, district or economic region.</summary>
internal sealed class PlaceGraphType : EntityGraphType
{
    public PlaceGraphType()
        : base(EntityKind.Place, "A country, province, city, district or economic region (see `subtype`).")
    {
        Field<PlaceGraphType>("parent")
            .Description("The place it lies in: a city's province, a province's country.")
            .Resolve(c => RelatedFields.Entity(c, RelationType.LocatedIn, RelationDirection.Outgoing, EntityKind.Place));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlaceGraphType>>>>("children")
            .Description("Places that lie in it.")
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = EntityFields.DefaultFirst)
            .Resolve(c => RelatedFields.Entities(c, RelationType.LocatedIn, RelationDirection.Incoming, c.First(), EntityKind.Place));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterfaceGraphType>>>>("locatedHere")
            .Description("Companies, organizations and projects located here, and events held here.")
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = EntityFields.DefaultFirst)
            .Resolve(c => RelatedFields.Entities(c, RelationType.LocatedIn, RelationDirection.Incoming, c.First()));
        ObservationFields.AddSubjectObservations(this, "Figures reported for this place.");
    }
}
