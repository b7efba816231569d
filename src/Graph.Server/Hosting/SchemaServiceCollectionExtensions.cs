using Graph.Server.GraphQL;
using Graph.Server.GraphQL.Loading;
using Graph.Server.GraphQL.Relay;
using GraphQL;
using GraphQL.Validation.Complexity;
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
            .AddSystemTextJson()
            .AddErrorInfoProvider<GraphErrorInfoProvider>()
            .AddComplexityAnalyzer((complexity, provider) =>
            {
                var limits = provider.GetRequiredService<IOptions<GraphQLLimits>>().Value;
                complexity.MaxDepth = limits.MaxQueryDepth;
                complexity.MaxComplexity = limits.MaxComplexity;

                // Introspection is cheap (it reads the schema, not the store), so the IDE is never refused.
                var standard = complexity.DefaultComplexityImpactDelegate;
                complexity.DefaultComplexityImpactDelegate = field =>
                    field.ParentType.Name.StartsWith("__", StringComparison.Ordinal) || field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
                        ? new FieldComplexityResult(0, 0)
                        : standard(field);

                // The estimate travels with the request so telemetry can record each operation's cost.
                complexity.ValidateComplexityDelegate = estimate =>
                {
                    estimate.ValidationContext.UserContext[GraphUserContext.CostKey] = estimate.TotalImpact;
                    return Task.CompletedTask;
                };
            })
            .AddGraphTypes(typeof(KnowledgeGraphSchema).Assembly)
            .ConfigureExecution(new ValidatedDocumentCache()));
        services.AddTransient(typeof(ConnectionGraphType<,>));
        services.AddTransient(typeof(EdgeGraphType<,>));

        services.AddScoped<EntityByIdLoader>();
        services.AddScoped<RelationsByEntityIdLoader>();
        services.AddScoped<ObservationsBySubjectLoader>();
        services.AddScoped<MentionsByTargetIdLoader>();
        services.AddScoped<DocumentByHashLoader>();
        services.AddScoped<RelationByIdLoader>();
        services.AddScoped<ObservationByIdLoader>();
        services.AddScoped<GraphLoaders>();
        services.AddGraphAnalytics(configuration);

        return services;
    }
}
