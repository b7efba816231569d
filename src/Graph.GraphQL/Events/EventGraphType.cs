using Graph.Domain.Model;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Observations;
using Graph.GraphQL.Places;
using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.Events;

/// <summary>A press conference, summit, visit or competition.</summary>
internal sealed class EventGraphType : EntityGraphType
{
    public EventGraphType()
        : base(EntityKind.Event, "A press conference, summit, visit or competition.")
    {
        AddDates("Its first day.", "Its last day.");
        Field<PlaceGraphType>("place")
            .Description("Where it was held (HELD_IN).")
            .Resolve(c => RelatedFields.Entity(c, RelationType.HeldIn, RelationDirection.Outgoing, EntityKind.Place));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterfaceGraphType>>>>("participants")
            .Description("Who took part (PARTICIPATED_IN): exhibitors, speakers, organizers.")
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = EntityFields.DefaultFirst)
            .Resolve(c => RelatedFields.Entities(c, RelationType.ParticipatedIn, RelationDirection.Incoming, c.First()));
        ObservationFields.AddSubjectObservations(this, "Figures reported for this event (deals signed, visitors...).");
    }
}
