using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Server.GraphQL.Articles;
using Graph.Server.GraphQL.Companies;
using Graph.Server.GraphQL.Entities;
using Graph.Server.GraphQL.Events;
using Graph.Server.GraphQL.Inputs;
using Graph.Server.GraphQL.Indicators;
using Graph.Server.GraphQL.Organizations;
using Graph.Server.GraphQL.Other;
using Graph.Server.GraphQL.People;
using Graph.Server.GraphQL.Places;
using Graph.Server.GraphQL.Policies;
using Graph.Server.GraphQL.Relay;
using GraphQL;
using GraphQL.Types;

namespace Graph.Server.GraphQL.Queries;

/// <summary>One list field per entity kind: <c>companies(where, orderBy, first, after)</c> and so on.</summary>
internal static class EntityListQueries
{
    private const int MaxNameFilterLength = 200;
    private const int MaxSubtypeLength = 100;

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
            .Description($"Entities of kind {kind}, filtered and ordered, in keyset pages.")
            .Argument<EntityFilterInputGraphType>("where")
            .Argument<NonNullGraphType<EntityOrderGraphType>>("orderBy", a => a.DefaultValue = EntityOrder.NameAscending)
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = EntityFields.DefaultFirst)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await ListAsync(c, kind).ConfigureAwait(false));

    private static async Task<object?> ListAsync(IResolveFieldContext context, EntityKind kind)
    {
        var scope = $"list:{kind}";
        var filter = context.GetArgument<EntityFilter?>("where") ?? new EntityFilter();
        var nameContains = TextInputs.Search(filter.NameContains, "nameContains", MaxNameFilterLength);
        var subtype = TextInputs.Line(filter.Subtype, "subtype", MaxSubtypeLength);

        var order = context.GetArgument<EntityOrder>("orderBy");
        var after = Cursor.Decode($"{scope}:{order}", context.GetArgument<string?>("after"));
        var query = new EntityListQuery(
            kind,
            context.First(),
            after,
            nameContains,
            subtype,
            filter.LocatedIn is { } place ? EntityIds.Decode(place, EntityKind.Place) : null,
            filter.From,
            filter.To,
            order);
        var page = await context.Store().ListEntitiesAsync(query, context.CancellationToken).ConfigureAwait(false);
        return ConnectionPage<Entity>.From(page, $"{scope}:{order}", after is not null);
    }
}
