using GraphQL.Types;

namespace Graph.Server.GraphQL.Relay;

/// <summary>A Relay connection of <typeparamref name="TNodeType"/>, named <c>{Node}Connection</c>.</summary>
internal sealed class ConnectionGraphType<TNodeType, TNode> : ObjectGraphType<ConnectionPage<TNode>>
    where TNodeType : IGraphType
{
    public ConnectionGraphType() => ConnectionFields.AddTo<TNodeType, TNode>(this, GraphTypeNames.Of<TNodeType>());
}
