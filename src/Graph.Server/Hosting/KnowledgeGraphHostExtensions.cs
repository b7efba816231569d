using Graph.Domain.Store;
using Graph.GraphQL;
using Graph.GraphQL.Loading;
using Graph.GraphQL.Relay;
using Graph.Server.Hosting.SampleGraph;
using Graph.Server.Http;
using Graph.Server.Http.Endpoint;
using Graph.Server.Http.Streaming;
using Graph.Server.Security;
using Graph.Server.Telemetry;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Server.Hosting;

/// <summary>Registration and start-up of the web service.</summary>
public static class KnowledgeGraphHostExtensions
{
    /// <summary>Adds the store, extraction, the GraphQL schema and the HTTP endpoint's services.</summary>
    public static WebApplicationBuilder AddKnowledgeGraph(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddGraphCore(builder.Configuration);
        services.AddGraphSchema(builder.Configuration, graphQL => graphQL.AddSystemTextJson(json => json.Encoder = ResponseJson.Encoder));

        services.AddGraphSecurity(builder.Configuration);
        services.AddGraphTelemetry(builder.Configuration);
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<Http.Analysis.DocumentAnalysisCache>();
        services.AddSingleton<ContentNegotiation>();
        services.AddSingleton<RequestReading>();
        services.AddSingleton<OperationLimits>();
        services.AddSingleton<CallerAuthentication>();
        services.AddSingleton<RateLimit>();
        services.AddSingleton<OperationExecution>();
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddGraphStreaming(builder.Configuration);
        services.AddSingleton<LargeDocumentGate>();
        services.AddSingleton<GraphiQLPage>();
        services.AddSingleton<ExecutionOptionsConfigurator>();
        return builder;
    }

    /// <summary>Maps <c>/graphql</c> (HTTP, Server-Sent Events and WebSocket), <c>/graphql/schema.graphql</c>, <c>/healthz</c>, <c>/readyz</c> and the IDE's assets.</summary>
    public static WebApplication MapGraphQLEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = InternalErrorHandler.WriteAsync });
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseGraphCors();
        app.UseStaticFiles();
        app.UseWebSockets();
        app.Map("/graphql", (RequestDelegate)(context => context.WebSockets.IsWebSocketRequest
            ? context.RequestServices.GetRequiredService<GraphQLWebSocketEndpoint>().HandleAsync(context)
            : context.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context)));
        app.MapGet("/graphql/schema.graphql", SchemaEndpoint.WriteAsync);
        app.MapGet("/healthz", HealthEndpoint.WriteLiveAsync);
        app.MapGet("/readyz", HealthEndpoint.WriteReadyAsync);
        app.MapExplorer();
        return app;
    }

    /// <summary>
    /// Creates the store's schema, loads the sample graph into an empty store, and prints where to open the IDE once
    /// the server listens.
    /// </summary>
    public static async Task PrepareGraphAsync(this WebApplication app)
    {
        if (app.Configuration[AnalyticsServiceCollectionExtensions.LegacyMaxPathLengthKey] is not null)
        {
            app.Logger.LogWarning(
                "{Legacy} is read as Graph:Analytics:MaxPathLength, the one bound of path length (shortestPath and paths); rename it.",
                AnalyticsServiceCollectionExtensions.LegacyMaxPathLengthKey);
        }

        var store = app.Services.GetRequiredService<IGraphStore>();
        await store.InitializeAsync(app.Lifetime.ApplicationStopping).ConfigureAwait(false);
        if (app.Services.GetRequiredService<IOptions<GraphOptions>>().Value.LoadSampleGraph)
        {
            try
            {
                await app.Services.GetRequiredService<SampleGraphLoader>()
                    .LoadIfEmptyAsync(SampleGraphLoader.DefaultPath, app.Lifetime.ApplicationStopping)
                    .ConfigureAwait(false);
            }
            catch (GraphStoreUnavailableException exception)
            {
                // A store that is down at start (Neo4j not up yet) must not keep the service from starting: it serves,
                // reports not-ready on /readyz, and the sample graph waits for the next start.
                app.Logger.LogWarning(exception, "The store is unavailable; the sample graph was not loaded.");
            }
        }

        app.Lifetime.ApplicationStarted.Register(() => AnnounceAddresses(app));
    }

    private static void AnnounceAddresses(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var store = GraphServiceCollectionExtensions.DescribeStore(app.Configuration);
        foreach (var address in addresses)
        {
            var browsable = address.Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .Replace("://[::]", "://localhost", StringComparison.Ordinal)
                .Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal);
            Console.WriteLine($"Graph is serving {store}. Open the GraphQL IDE at {browsable}/graphql");
        }

        app.Logger.LogInformation("Listening on {Addresses}", string.Join(", ", addresses));
    }
}
