using Graph.Domain.Store;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.Queries;

/// <summary>A path between two entities: nodes[i] and nodes[i+1] are joined by edges[i], in either direction.</summary>
internal sealed class PathGraphType : ObjectGraphType<GraphPath>
{
    public PathGraphType()
    {
        Name = "Path";
        Description = "A chain of relations; `edges[i]` joins `nodes[i]` and `nodes[i+1]` in either direction.";
        Field<NonNullGraphType<IntGraphType>>("length").Description("Number of relations.").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterfaceGraphType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("edges").Resolve(c => c.Source.Edges);
    }
}
