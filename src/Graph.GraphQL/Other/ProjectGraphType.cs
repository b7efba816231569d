using Graph.Domain.Model;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Places;
using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.Other;

/// <summary>A construction or investment project, a platform being built.</summary>
internal sealed class ProjectGraphType : EntityGraphType
{
    public ProjectGraphType()
        : base(EntityKind.Project, "A construction or investment project.")
    {
        Field<PlaceGraphType>("location")
            .Resolve(c => RelatedFields.Entity(c, RelationType.LocatedIn, RelationDirection.Outgoing, EntityKind.Place));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterfaceGraphType>>>>("participants")
            .Resolve(c => RelatedFields.Entities(c, RelationType.ParticipatedIn, RelationDirection.Incoming, EntityFields.DefaultFirst));
    }
}
