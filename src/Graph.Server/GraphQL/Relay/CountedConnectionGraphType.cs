using GraphQL.Types;

namespace Graph.Server.GraphQL.Relay;

/// <summary>A connection with <c>totalCount</c>: entity lists and search.</summary>
internal sealed class CountedConnectionGraphType<TNodeType, TNode> : ObjectGraphType<ConnectionPage<TNode>>
    where TNodeType : IGraphType
{
    public CountedConnectionGraphType()
    {
        ConnectionFields.AddTo<TNodeType, TNode>(this, GraphTypeNames.Of<TNodeType>());
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many nodes the whole list holds, with its filter: an exact count from the store's indexes, " +
                         "charged to the operation's cost (Graph:Limits:MaxComplexity) whether or not a page is read.")
            .ResolveAsync(async c => c.Source.Count is { } count
                ? (object)(int)Math.Min(await count(c.CancellationToken).ConfigureAwait(false), int.MaxValue)
                : throw new InvalidOperationException("A counted connection was built without its count."));
    }
}
