using Graph.Domain.Model;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Inputs;
using GraphQL;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary><c>facets</c>.</summary>
internal static partial class AnalyticsQueries
{
    private const int MaxSearchTextLength = 200;

    private static void AddFacets(ObjectGraphType query) =>
        query.Field<NonNullGraphType<FacetsGraphType>>("facets")
            .WithMetadata(ExpensiveField.MetadataKey, true)
            .Description(
                "Counts by entity kind and relation type, for drawing filters: over the hits of `search(text, kinds)`, or over the " +
                "neighborhood of `around` within `depth` hops. Give exactly one of `text` and `around`.")
            .Argument<StringGraphType>("text")
            .Argument<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("kinds", "With `text`: only hits of these kinds.")
            .Argument<IdGraphType>("around")
            .Argument<NonNullGraphType<IntGraphType>>("depth", a => a.DefaultValue = 1)
            .ResolveAsync(async c =>
            {
                var around = c.GetArgument<string?>("around");
                var withRelationTypes = c.Selects(FacetsGraphType.RelationTypesField);
                if ((c.GetArgument<string?>("text") is null) == (around is null))
                {
                    throw new BadUserInputError("Give exactly one of 'text' and 'around'.");
                }

                if (TextInputs.Search(c.GetArgument<string?>("text"), "text", MaxSearchTextLength) is { } text)
                {
                    var kinds = c.GetArgument<List<EntityKind>?>("kinds");
                    return await c.Analytics()
                        .SearchFacetsAsync(text, kinds is { Count: > 0 } ? kinds : null, c.CancellationToken, withRelationTypes)
                        .ConfigureAwait(false);
                }

                var depth = c.Bounded("depth", 1, c.Limits().MaxNeighborhoodDepth);
                return await c.Analytics()
                    .NeighborhoodFacetsAsync(EntityIds.Decode(around!), depth, c.CancellationToken, withRelationTypes)
                    .ConfigureAwait(false);
            });
}
