using Graph.Domain.Model;
using Graph.GraphQL.Queries;
using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.Filtering;

/// <summary>Which relations match: their type, direction and the entity at the other end.</summary>
internal sealed class RelationMatchInputGraphType : InputObjectGraphType
{
    public RelationMatchInputGraphType()
    {
        Name = "RelationMatch";
        Description = "A relation of one of these types (any when omitted), in this direction, whose other end matches `other`.";
        Field<ListGraphType<NonNullGraphType<RelationTypeGraphType>>>("type");
        Field<RelationDirectionGraphType>("direction").DefaultValue(RelationDirection.Both);
        Field<EntityFilterInputGraphType>("other").Description("Conditions on the entity at the other end.");
    }
}
