using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Loading;
using Graph.GraphQL.Queries;
using Graph.GraphQL.Relay;
using GraphQL;
using GraphQL.DataLoader;

namespace Graph.GraphQL.Relations;

/// <summary>
/// Resolvers for fields that follow relations. Each goes through the request's loaders: one store call for the
/// relations of every sibling entity, then one for the entities at their other ends.
/// </summary>
internal static class RelatedFields
{
    public const string CursorScope = "relations";

    /// <summary>The anchored relations of the source entity of one type and direction.</summary>
    public static IDataLoaderResult<IReadOnlyList<AnchoredRelation>> Relations(
        IResolveFieldContext<Entity> context, RelationType type, RelationDirection direction, int first) =>
        context.Loaders().Relations.Load(new RelationKey(context.Source.Id, RelationSlice.Of(direction, [type], first)));

    /// <summary>The entities at the other end of the source entity's relations, optionally of one kind only.</summary>
    public static IDataLoaderResult Entities(
        IResolveFieldContext<Entity> context, RelationType type, RelationDirection direction, int first, EntityKind? kind = null)
    {
        var loaders = context.Loaders();
        return Relations(context, type, direction, first)
            .Then(relations => loaders.Entities.LoadMany(relations.Select(r => r.Other))
                .Select(entities => OfKind(entities, kind).ToList()));
    }

    /// <summary>The first entity at the other end, or null.</summary>
    public static IDataLoaderResult Entity(
        IResolveFieldContext<Entity> context, RelationType type, RelationDirection direction, EntityKind? kind = null)
    {
        var loaders = context.Loaders();
        return Relations(context, type, direction, EntityFields.DefaultFirst)
            .Then(relations => loaders.Entities.LoadMany(relations.Select(r => r.Other))
                .Select(entities => OfKind(entities, kind).FirstOrDefault()));
    }

    /// <summary>The <c>relations(types, direction, first, after, last, before)</c> connection of an entity.</summary>
    public static object? ResolveRelationConnection(IResolveFieldContext<Entity> context) =>
        ResolveRelationConnection(
            context, context.GetArgument<List<RelationType>?>("types"), context.GetArgument<RelationDirection>("direction"));

    /// <summary>
    /// A relation connection of fixed types and direction, paged by <c>first</c> and <c>after</c> or from the end by
    /// <c>last</c> and <c>before</c> (not both sizes; the cursors may be combined).
    /// </summary>
    public static object? ResolveRelationConnection(
        IResolveFieldContext<Entity> context, IReadOnlyCollection<RelationType>? types, RelationDirection direction)
    {
        var (size, fromEnd) = EntityListQueries.PageSize(context);
        var after = Cursor.Decode(CursorScope, context.GetArgument<string?>("after"));
        var before = Cursor.Decode(CursorScope, context.GetArgument<string?>("before"));

        // One extra row tells whether another page follows (or, from the end, precedes).
        var slice = RelationSlice.Of(direction, types, PageBuilder.Limit(size), after, before, fromEnd);
        var countKey = new RelationKey(context.Source.Id, RelationSlice.Of(direction, types, 0));
        return context.Loaders().Relations.Load(new RelationKey(context.Source.Id, slice))
            .Select(relations => ConnectionPage<AnchoredRelation>.FromBothWays(
                PageBuilder.BuildEitherWay(relations, size, fromEnd, after is not null, before is not null, r => r.Cursor),
                CursorScope) with
            {
                BatchedCount = loaders => loaders.RelationCounts.Load(countKey),
            });
    }

    private static IEnumerable<Entity> OfKind(IEnumerable<Entity?> entities, EntityKind? kind) =>
        entities.OfType<Entity>().Where(e => kind is null || e.Kind == kind);
}
