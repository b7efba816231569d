using Graph.Domain.Model;
using GraphQL.Types;

namespace Graph.GraphQL.Relations;

/// <summary>OUTGOING, INCOMING or BOTH.</summary>
internal sealed class RelationDirectionGraphType : EnumerationGraphType<RelationDirection>
{
    public RelationDirectionGraphType()
    {
        Name = "RelationDirection";
        Description = "Which relations of an entity to follow, seen from that entity.";
    }
}
