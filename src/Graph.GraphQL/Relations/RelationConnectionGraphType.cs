using Graph.Domain.Store;
using Graph.GraphQL.Loading;
using Graph.GraphQL.Relay;
using GraphQL.Types;

namespace Graph.GraphQL.Relations;

/// <summary>A page of an entity's relations.</summary>
internal sealed class RelationConnectionGraphType : ObjectGraphType<ConnectionPage<AnchoredRelation>>
{
    public RelationConnectionGraphType()
    {
        Name = "RelationConnection";
        Description = "A page of an entity's relations, ordered by relation ID.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationEdgeGraphType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many relations of these types and direction the entity has: exact, batched across sibling entities.")
            .Resolve(c => c.Source.BatchedCount is { } count
                ? count(c.Loaders()).Select<long, int>(n => (int)Math.Min(n, int.MaxValue))
                : throw new InvalidOperationException("A relation connection was built without its count."));
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Resolve(c => new PageInfoValue(c.Source.HasNextPage, c.Source.HasPreviousPage, c.Source.StartCursor, c.Source.EndCursor));
    }
}
