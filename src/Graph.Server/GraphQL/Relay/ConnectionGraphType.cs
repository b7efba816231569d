using GraphQL.Types;

namespace Graph.Server.GraphQL.Relay;

/// <summary>A Relay connection of <typeparamref name="TNodeType"/>, named <c>{Node}Connection</c>.</summary>
internal sealed class ConnectionGraphType<TNodeType, TNode> : ObjectGraphType<ConnectionPage<TNode>>
    where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        var node = GraphTypeNames.Of<TNodeType>();
        Name = node + "Connection";
        Description = $"A page of {node} results.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType, TNode>>>>>("edges")
            .Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The nodes of `edges`, for clients that need no cursors.")
            .Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Resolve(c => new PageInfoValue(c.Source.HasNextPage, c.Source.HasPreviousPage, c.Source.StartCursor, c.Source.EndCursor));
    }
}
