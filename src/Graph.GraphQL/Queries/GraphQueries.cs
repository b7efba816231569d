using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.GraphQL.Analytics;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Relations;
using GraphQL;
using GraphQL.Types;

namespace Graph.GraphQL.Queries;

/// <summary>
/// Traversals: <c>neighborhood</c> and <c>shortestPath</c>, semantic unless asked (<see cref="TraversalScope"/>); the
/// algorithms are Graph.Analytics', over the store's reads.
/// </summary>
internal static class GraphQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NeighborhoodGraphType>("neighborhood")
            .WithMetadata(ExpensiveField.MetadataKey, true)
            .Description(
                "Entities within `depth` hops of an entity (either direction), at most `limit` of them, over semantic relations unless " +
                "`includeMentions`; null when the entity does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("depth", a => a.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<RelationTypeGraphType>>>("relationTypes", "Follow only these types.")
            .Argument<NonNullGraphType<IntGraphType>>("limit", a => a.DefaultValue = 50)
            .IncludeMentionsArgument()
            .ResolveAsync(async c =>
            {
                var limits = c.Limits();
                var query = new NeighborhoodQuery(
                    EntityIds.Decode(c.GetArgument<string>("id")),
                    c.Bounded("depth", 1, limits.MaxNeighborhoodDepth),
                    c.Bounded("limit", 1, limits.MaxNeighborhoodNodes),
                    c.TraversalTypes(),
                    WithEdges: c.Selects(NeighborhoodGraphType.EdgesField));
                var neighborhood = await c.Analytics().NeighborhoodAsync(query, c.CancellationToken).ConfigureAwait(false);
                return neighborhood.Nodes.Count == 0 ? null : neighborhood;
            });
        query.Field<PathGraphType>("shortestPath")
            .WithMetadata(ExpensiveField.MetadataKey, true)
            .Description(
                "A shortest chain of relations (either direction) between two entities, over semantic relations unless `includeMentions`; " +
                "null when none is within `maxLength` (then `connection` lists the articles that mention both).")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeGraphType>>>("relationTypes", "Follow only these types.")
            .Argument<NonNullGraphType<IntGraphType>>("maxLength", a => a.DefaultValue = 4)
            .IncludeMentionsArgument()
            .ResolveAsync(async c =>
            {
                var analytics = c.Analytics();
                var query = new PathQuery(
                    EntityIds.Decode(c.GetArgument<string>("from")),
                    EntityIds.Decode(c.GetArgument<string>("to")),
                    c.Bounded("maxLength", 1, analytics.Options.MaxPathLength),
                    c.TraversalTypes());
                return await analytics.ShortestPathAsync(query, c.CancellationToken).ConfigureAwait(false);
            });
    }
}
