using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Server.GraphQL.Entities;
using Graph.Server.GraphQL.Inputs;
using Graph.Server.GraphQL.Relay;
using GraphQL;
using GraphQL.Types;

namespace Graph.Server.GraphQL.Queries;

/// <summary><c>search(text, kinds, first, after)</c>: full-text search over names and aliases.</summary>
internal static class SearchQueries
{
    private const string CursorScope = "search";
    private const int MaxTextLength = 200;

    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionGraphType<EntityInterfaceGraphType, Entity>>>("search")
            .Description("Entities whose name or an alias contains the text (two Chinese characters suffice: 大连 finds 大连市), best match first.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("kinds", "Only these kinds.")
            .Argument<EntityFilterInputGraphType>("where", "Conditions every hit must satisfy.")
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = 10)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var text = TextInputs.Search(c.GetArgument<string>("text"), "text", MaxTextLength, required: true)!;

                var after = Cursor.Decode(CursorScope, c.GetArgument<string?>("after"));
                var kinds = c.GetArgument<List<EntityKind>?>("kinds");
                var where = new EntityFilterReader(c.Limits()).ReadAll(c.GetArgument<Dictionary<string, object?>?>("where"));
                var query = new SearchQuery(text, c.First(), after, kinds is { Count: > 0 } ? kinds : null, where);
                var store = c.Store();
                var page = await store.SearchAsync(query, c.CancellationToken).ConfigureAwait(false);
                var entities = new Page<Entity>(page.Items.Select(i => new PageItem<Entity>(i.Node.Entity, i.Cursor)).ToList(), page.HasNextPage);
                return ConnectionPage<Entity>.From(entities, CursorScope, after is not null) with
                {
                    Count = token => store.CountSearchHitsAsync(query, token),
                };
            });
}
