using Graph.GraphQL.Articles;
using Graph.GraphQL.Companies;
using Graph.GraphQL.Events;
using Graph.GraphQL.Indicators;
using Graph.GraphQL.Ingestion;
using Graph.GraphQL.Observations;
using Graph.GraphQL.Organizations;
using Graph.GraphQL.Other;
using Graph.GraphQL.People;
using Graph.GraphQL.Places;
using Graph.GraphQL.Policies;
using Graph.GraphQL.Provenance;
using Graph.GraphQL.Queries;
using Graph.GraphQL.Relations;
using Graph.GraphQL.Subscriptions;
using GraphQL.Types;

namespace Graph.GraphQL;

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
