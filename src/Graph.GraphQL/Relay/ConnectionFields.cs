using GraphQL.Types;

namespace Graph.GraphQL.Relay;

/// <summary>The fields every connection type has: <c>edges</c>, <c>nodes</c> and <c>pageInfo</c>.</summary>
internal static class ConnectionFields
{
    public static void AddTo<TNodeType, TNode>(ObjectGraphType<ConnectionPage<TNode>> type, string node)
        where TNodeType : IGraphType
    {
        type.Name = node + "Connection";
        type.Description = $"A page of {node} results.";
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType, TNode>>>>>("edges")
            .Resolve(c => c.Source.Edges);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The nodes of `edges`, for clients that need no cursors.")
            .Resolve(c => c.Source.Edges.Select(e => e.Node));
        type.Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Resolve(c => new PageInfoValue(c.Source.HasNextPage, c.Source.HasPreviousPage, c.Source.StartCursor, c.Source.EndCursor));
    }
}
