using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.GraphQL.Articles;
using Graph.GraphQL.Companies;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Events;
using Graph.GraphQL.Indicators;
using Graph.GraphQL.Organizations;
using Graph.GraphQL.Other;
using Graph.GraphQL.People;
using Graph.GraphQL.Places;
using Graph.GraphQL.Policies;
using Graph.GraphQL.Relay;
using GraphQL;
using GraphQL.Types;

namespace Graph.GraphQL.Queries;

/// <summary>One list field per entity kind: <c>companies(where, orderBy, first, after)</c> and so on.</summary>
internal static class EntityListQueries
{
    private const int MaxSortKeys = 4;

    public static void AddTo(ObjectGraphType query)
    {
        Add<CompanyGraphType>(query, "companies", EntityKind.Company);
        Add<OrganizationGraphType>(query, "organizations", EntityKind.Organization);
        Add<PersonGraphType>(query, "people", EntityKind.Person);
        Add<PlaceGraphType>(query, "places", EntityKind.Place);
        Add<PolicyGraphType>(query, "policies", EntityKind.Policy);
        Add<EventGraphType>(query, "events", EntityKind.Event);
        Add<IndicatorGraphType>(query, "indicators", EntityKind.Indicator);
        Add<ProjectGraphType>(query, "projects", EntityKind.Project);
        Add<ProductGraphType>(query, "products", EntityKind.Product);
        Add<IndustryGraphType>(query, "industries", EntityKind.Industry);
        Add<ArticleGraphType>(query, "articles", EntityKind.Article);
        Add<SourceGraphType>(query, "sources", EntityKind.Source);
    }

    private static void Add<TGraphType>(ObjectGraphType query, string name, EntityKind kind)
        where TGraphType : EntityGraphType =>
        query.Field<NonNullGraphType<ConnectionGraphType<TGraphType, Entity>>>(name)
            .Description($"Entities of kind {kind}, filtered and ordered, in keyset pages from the start (first, after) or the end (last, before).")
            .Argument<EntityFilterInputGraphType>("where")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<EntityOrderGraphType>>>>(
                "orderBy", "Sort keys, most significant first; ties are broken by ID.", a => a.DefaultValue = new[] { EntityOrder.NameAscending })
            .Argument<IntGraphType>("first", $"Page size from the start; {EntityFields.DefaultFirst} when neither first nor last is given.")
            .Argument<StringGraphType>("after")
            .Argument<IntGraphType>("last", "Page size from the end (the rows just before `before`, or the last rows).")
            .Argument<StringGraphType>("before")
            .ResolveAsync(async c => await ListAsync(c, kind).ConfigureAwait(false));

    private static async Task<object?> ListAsync(IResolveFieldContext context, EntityKind kind)
    {
        var filter = new EntityFilterReader(context.Limits()).ReadTop(context.GetArgument<Dictionary<string, object?>?>("where"));
        var orders = context.GetArgument<List<EntityOrder>>("orderBy");
        if (orders is not { Count: > 0 } || orders.Count > MaxSortKeys)
        {
            throw new BadUserInputError($"'orderBy' takes 1 to {MaxSortKeys} keys.");
        }

        var scope = $"list:{kind}:{string.Join(",", orders)}";
        var (size, fromEnd) = PageSize(context);
        var query = new EntityListQuery(
            kind,
            size,
            Cursor.Decode(scope, context.GetArgument<string?>("after")),
            filter.NameContains,
            filter.Subtype,
            filter.LocatedIn,
            filter.From,
            filter.To,
            orders[0],
            filter.Where,
            orders.Count > 1 ? orders.Skip(1).ToList() : null,
            Cursor.Decode(scope, context.GetArgument<string?>("before")),
            fromEnd);
        var store = context.Store();
        var page = await store.ListEntitiesAsync(query, context.CancellationToken).ConfigureAwait(false);
        return ConnectionPage<Entity>.FromBothWays(page, scope, token => store.CountEntitiesAsync(query, token));
    }

    /// <summary>The page size and whether it is taken from the end: <c>first</c> or <c>last</c>, not both (Relay).</summary>
    internal static (int Size, bool FromEnd) PageSize(IResolveFieldContext context, int defaultFirst = EntityFields.DefaultFirst)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
        {
            throw new BadUserInputError("Give 'first' or 'last', not both.");
        }

        var max = context.Limits().MaxPageSize;
        var (name, size) = last is { } l ? ("last", l) : ("first", first ?? defaultFirst);
        if (size < 0)
        {
            throw new BadUserInputError($"'{name}' must be between 0 and {max}; it was {size}.");
        }

        return size <= max ? (size, last is not null) : throw new PageSizeExceededError(name, max, size);
    }
}
