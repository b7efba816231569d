using Graph.Server.GraphQL.Articles;
using Graph.Server.GraphQL.Companies;
using Graph.Server.GraphQL.Events;
using Graph.Server.GraphQL.Indicators;
using Graph.Server.GraphQL.Ingestion;
using Graph.Server.GraphQL.Observations;
using Graph.Server.GraphQL.Organizations;
using Graph.Server.GraphQL.Other;
using Graph.Server.GraphQL.People;
using Graph.Server.GraphQL.Places;
using Graph.Server.GraphQL.Policies;
using Graph.Server.GraphQL.Provenance;
using Graph.Server.GraphQL.Queries;
using Graph.Server.GraphQL.Relations;
using Graph.Server.GraphQL.Subscriptions;
using GraphQL.Types;

namespace Graph.Server.GraphQL;

/// <summary>The GraphQL schema of the knowledge graph.</summary>
internal sealed class KnowledgeGraphSchema : Schema
{
    public KnowledgeGraphSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation, SubscriptionGraphType subscription)
        : base(services)
    {
        Description = "A knowledge graph of companies, places, bodies, people, policies, events and figures read from economic newsletters.";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;

        // Every implementation of Node and Entity is registered, so fragments on any of them validate even when
        // no field returns that type directly.
        RegisterTypes(
            typeof(CompanyGraphType),
            typeof(OrganizationGraphType),
            typeof(PersonGraphType),
            typeof(PlaceGraphType),
            typeof(PolicyGraphType),
            typeof(EventGraphType),
            typeof(IndicatorGraphType),
            typeof(ProjectGraphType),
            typeof(ProductGraphType),
            typeof(IndustryGraphType),
            typeof(ArticleGraphType),
            typeof(SourceGraphType),
            typeof(RelationGraphType),
            typeof(ObservationGraphType),
            typeof(DocumentGraphType));
    }
}
