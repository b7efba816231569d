using Graph.Server.GraphQL;
using Graph.Server.GraphQL.Loading;
using Graph.Server.GraphQL.Relay;
using GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Server.Hosting;

/// <summary>The GraphQL schema, its limits and the request-scoped batch loaders.</summary>
internal static class SchemaServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeGraphSchema(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLLimits>()
            .Bind(configuration.GetSection(GraphQLLimits.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<KnowledgeGraphSchema>()
            .AddSystemTextJson(json => json.Encoder = Http.ResponseJson.Encoder)
            .AddErrorInfoProvider<GraphErrorInfoProvider>()

            // Each event of a subscription resolves in its own service scope: fresh batch loaders, nothing cached across events.
            .AddScopedSubscriptionExecutionStrategy()
            .AddGraphTypes(typeof(KnowledgeGraphSchema).Assembly)
            .ConfigureExecution(new ValidatedDocumentCache()));
        services.AddTransient(typeof(ConnectionGraphType<,>));
        services.AddTransient(typeof(EdgeGraphType<,>));

        services.AddScoped<EntityByIdLoader>();
        services.AddScoped<RelationsByEntityIdLoader>();
        services.AddScoped<RelationCountsByEntityIdLoader>();
        services.AddScoped<ObservationsBySubjectLoader>();
        services.AddScoped<MentionsByTargetIdLoader>();
        services.AddScoped<DocumentByHashLoader>();
        services.AddScoped<DocumentTextByHashLoader>();
        services.AddScoped<RelationByIdLoader>();
        services.AddScoped<ObservationByIdLoader>();
        services.AddScoped<GraphLoaders>();
        services.AddGraphAnalytics(configuration);

        return services;
    }
}
