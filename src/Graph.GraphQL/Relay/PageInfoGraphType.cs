using GraphQL.Types;

namespace Graph.GraphQL.Relay;

/// <summary>Relay <c>PageInfo</c>. Paging is keyset-based, forward (first/after) and, on entity lists, backward (last/before).</summary>
internal sealed class PageInfoGraphType : ObjectGraphType<PageInfoValue>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page of a connection lies. Pages are keyset-based: pass `endCursor` as `after` for the next one, " +
                      "or (on entity lists) `startCursor` as `before` with `last` for the one before.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage")
            .Description("True when rows follow this page: exact for a page read with `first`; for a page read with `last`, true when it was requested with `before`.")
            .Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("True when rows precede this page: exact for a page read with `last`; for a page read with `first`, " +
                         "true when it was requested with `after` (the Relay spec allows this where counting back costs a query).")
            .Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.EndCursor);
    }
}
