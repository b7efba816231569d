using GraphQL.Types;

namespace Graph.GraphQL.Relay;

/// <summary>A Relay edge: a node and the cursor that resumes after it.</summary>
internal sealed class EdgeGraphType<TNodeType, TNode> : ObjectGraphType<ConnectionEdge<TNode>>
    where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        Name = GraphTypeNames.Of<TNodeType>() + "Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Node);
    }
}
