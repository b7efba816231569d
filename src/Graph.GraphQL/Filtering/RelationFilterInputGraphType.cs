using GraphQL.Types;

namespace Graph.GraphQL.Filtering;

/// <summary><c>relations: { some: …, none: … }</c>.</summary>
internal sealed class RelationFilterInputGraphType : InputObjectGraphType
{
    public RelationFilterInputGraphType()
    {
        Name = "RelationFilter";
        Description = "Conditions on an entity's relations; both given must hold.";
        Field<RelationMatchInputGraphType>("some").Description("At least one relation matches.");
        Field<RelationMatchInputGraphType>("none").Description("No relation matches.");
    }
}
