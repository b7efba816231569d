using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Relay;
using GraphQL.Types;

namespace Graph.GraphQL.Relations;

/// <summary>A relation seen from one entity: which way it points and what is at the other end.</summary>
internal sealed class RelationEdgeGraphType : ObjectGraphType<ConnectionEdge<AnchoredRelation>>
{
    public RelationEdgeGraphType()
    {
        Name = "RelationEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<RelationGraphType>>("node").Resolve(c => c.Source.Node.Relation);
        Field<NonNullGraphType<RelationDirectionGraphType>>("direction")
            .Description("OUTGOING when the entity is the relation's `from`, INCOMING when it is its `to`.")
            .Resolve(c => c.Source.Node.Relation.From == c.Source.Node.Anchor ? RelationDirection.Outgoing : RelationDirection.Incoming);
        Field<NonNullGraphType<EntityInterfaceGraphType>>("other")
            .Description("The entity at the other end.")
            .Resolve(c => c.Loaders().Entities.Load(c.Source.Node.Other));
    }
}
