using Graph.Domain.Model;
using GraphQL.Types;

namespace Graph.GraphQL.Relations;

/// <summary>The relation vocabulary, as a GraphQL enum (LOCATED_IN, WORKS_FOR...).</summary>
internal sealed class RelationTypeGraphType : EnumerationGraphType<RelationType>
{
    public RelationTypeGraphType()
    {
        Name = "RelationType";
        Description = "The type of a directed relation.";
    }
}
