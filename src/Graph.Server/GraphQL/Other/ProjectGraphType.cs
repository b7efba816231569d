using Graph.Domain.Model;
using Graph.Server.GraphQL.Entities;
using Graph.Server.GraphQL.Places;
using Graph.Server.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.Server.GraphQL.Other;

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
