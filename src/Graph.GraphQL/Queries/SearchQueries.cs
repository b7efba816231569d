using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Inputs;
using Graph.GraphQL.Relay;
using GraphQL;
using GraphQL.Types;

namespace Graph.GraphQL.Queries;

/// <summary><c>search(text, kinds, where, first, after, last, before)</c>: full-text search over names and aliases.</summary>
internal static class SearchQueries
{
    private const string CursorScope = "search";
    private const int MaxTextLength = 200;
    private const int DefaultFirst = 10;

    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionGraphType<EntityInterfaceGraphType, Entity>>>("search")
            .WithMetadata(ExpensiveField.MetadataKey, true)
            .Description("Entities whose name or an alias contains the text (two Chinese characters suffice: 大连 finds 大连市), best match first.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("kinds", "Only these kinds.")
            .Argument<EntityFilterInputGraphType>("where", "Conditions every hit must satisfy.")
            .Argument<IntGraphType>("first", $"Page size from the start; {DefaultFirst} when neither first nor last is given.")
            .Argument<StringGraphType>("after")
            .Argument<IntGraphType>("last", "Page size from the end (the hits just before `before`, or the last hits).")
            .Argument<StringGraphType>("before")
            .ResolveAsync(async c =>
            {
                var text = TextInputs.Search(c.GetArgument<string>("text"), "text", MaxTextLength, required: true)!;

                var after = Cursor.Decode(CursorScope, c.GetArgument<string?>("after"));
                var kinds = c.GetArgument<List<EntityKind>?>("kinds");
                var where = new EntityFilterReader(c.Limits()).ReadAll(c.GetArgument<Dictionary<string, object?>?>("where"));
                var (size, fromEnd) = EntityListQueries.PageSize(c, DefaultFirst);
                var before = Cursor.Decode(CursorScope, c.GetArgument<string?>("before"));
                var query = new SearchQuery(text, size, after, kinds is { Count: > 0 } ? kinds : null, where, before, fromEnd);
                var store = c.Store();
                var page = await store.SearchAsync(query, c.CancellationToken).ConfigureAwait(false);
                var entities = new Page<Entity>(
                    page.Items.Select(i => new PageItem<Entity>(i.Node.Entity, i.Cursor)).ToList(), page.HasNextPage, page.HasPreviousPage);
                return ConnectionPage<Entity>.FromBothWays(entities, CursorScope, token => store.CountSearchHitsAsync(query, token));
            });
}
