using GraphQL.Types;

namespace Graph.GraphQL.Relay;

/// <summary>A Relay connection of <typeparamref name="TNodeType"/>, named <c>{Node}Connection</c>, with <c>totalCount</c>.</summary>
internal sealed class ConnectionGraphType<TNodeType, TNode> : ObjectGraphType<ConnectionPage<TNode>>
    where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        ConnectionFields.AddTo<TNodeType, TNode>(this, GraphTypeNames.Of<TNodeType>());
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many nodes the whole list holds with its filters, not only this page: exact, counted by the " +
                         "store on its indexes; selecting it adds to the operation's estimated cost.")
            .ResolveAsync(async c => c.Source.Count is { } count
                ? (object)(int)Math.Min(await count(c.CancellationToken).ConfigureAwait(false), int.MaxValue)
                : throw new InvalidOperationException("A counted connection was built without its count."));
    }
}
