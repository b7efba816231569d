using GraphQL.Types;

namespace Graph.Server.GraphQL.Relay;

/// <summary>Relay <c>PageInfo</c>. Paging is forward-only and keyset-based.</summary>
internal sealed class PageInfoGraphType : ObjectGraphType<PageInfoValue>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page of a connection lies. Pages are keyset-based: pass `endCursor` as `after` for the next one.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("True when this page was requested with `after`.")
            .Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.EndCursor);
    }
}
