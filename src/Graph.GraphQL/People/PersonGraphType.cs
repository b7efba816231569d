using Graph.Domain.Model;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Events;
using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.People;

/// <summary>A person: an official, an executive, an expert.</summary>
internal sealed class PersonGraphType : EntityGraphType
{
    public PersonGraphType()
        : base(EntityKind.Person, "A person named in the documents, with the positions they hold.")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PositionGraphType>>>>("positions")
            .Description("Roles held (WORKS_FOR).")
            .Resolve(c => RelatedFields.Relations(c, RelationType.WorksFor, RelationDirection.Outgoing, EntityFields.DefaultFirst));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventGraphType>>>>("events")
            .Description("Events taken part in.")
            .Resolve(c => RelatedFields.Entities(c, RelationType.ParticipatedIn, RelationDirection.Outgoing, EntityFields.DefaultFirst, EntityKind.Event));
    }
}
