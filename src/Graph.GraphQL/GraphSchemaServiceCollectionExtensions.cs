using Graph.GraphQL.Ingestion;
using Graph.GraphQL.Loading;
using Graph.GraphQL.Relay;
using Graph.GraphQL.Subscriptions;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.GraphQL;

/// <summary>
/// The GraphQL schema with everything it executes against: its limits, the request-scoped batch loaders, the analysts'
/// engine, ingestion and the change feed subscriptions listen to. The store and the extractor come from the host.
/// </summary>
public static class GraphSchemaServiceCollectionExtensions
{
    /// <param name="configure">What the host adds to GraphQL.NET's builder (a serializer, for one).</param>
    public static IServiceCollection AddGraphSchema(
        this IServiceCollection services, IConfiguration configuration, Action<IGraphQLBuilder>? configure = null)
    {
        services.AddOptions<GraphQLLimits>()
            .Bind(configuration.GetSection(GraphQLLimits.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddGraphQL(graphQL =>
        {
            graphQL
                .AddSchema<KnowledgeGraphSchema>()
                .AddErrorInfoProvider<GraphErrorInfoProvider>()

                // Each event of a subscription resolves in its own service scope: fresh batch loaders, nothing cached across events.
                .AddScopedSubscriptionExecutionStrategy()
                .AddGraphTypes(typeof(KnowledgeGraphSchema).Assembly)
                .ConfigureExecution(new ValidatedDocumentCache());
            configure?.Invoke(graphQL);
        });
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

        services.AddOptions<IngestionOptions>()
            .Bind(configuration.GetSection(IngestionOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(options => options.FileTimeout > TimeSpan.Zero, "Graph:Ingestion:FileTimeout must be positive.")
            .ValidateOnStart();
        services.AddSingleton<IngestionGate>();
        services.AddOptions<SubscriptionOptions>()
            .Bind(configuration.GetSection(SubscriptionOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(
                o => o.ConnectionInitTimeout > TimeSpan.Zero && o.IdleTimeout > TimeSpan.Zero && o.KeepAliveInterval > TimeSpan.Zero,
                "Graph:Subscriptions:ConnectionInitTimeout, IdleTimeout and KeepAliveInterval must be positive.")
            .ValidateOnStart();
        services.AddSingleton<GraphChangeFeed>();
        services.AddSingleton<DocumentIngestor>();
        return services;
    }
}
