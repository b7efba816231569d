using Graph.Server.Http;
using Graph.Server.Http.Persisted;
using Graph.Server.Http.Streaming;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Graph.Server.Hosting;

/// <summary>
/// What every transport shares (persisted operations, admission, execution, caching of GET answers) and the two streaming
/// transports: Server-Sent Events and WebSocket.
/// </summary>
internal static class StreamingServiceCollectionExtensions
{
    public static IServiceCollection AddGraphStreaming(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PersistedOperationsOptions>()
            .Bind(configuration.GetSection(PersistedOperationsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PersistedOperationsOptions>, PersistedOperationsValidation>());
        services.AddSingleton<TrustedDocuments>();
        services.AddSingleton<PersistedOperations>();
        services.AddOptions<ResponseCachingOptions>()
            .Bind(configuration.GetSection(ResponseCachingOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.CacheControl), "Graph:Caching:CacheControl must not be empty.")
            .ValidateOnStart();
        services.AddSingleton<OperationAdmission>();
        services.AddSingleton<OperationRunner>();
        services.AddSingleton<StreamingConnections>();
        services.AddSingleton<ServerSentEventsTransport>();
        services.AddSingleton<GraphQLWebSocketEndpoint>();
        return services;
    }
}
