using Graph.Server.Http;
using Graph.Server.Http.Streaming;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Hosting;

/// <summary>What every transport shares (admission, execution) and the two streaming transports: Server-Sent Events and WebSocket.</summary>
internal static class StreamingServiceCollectionExtensions
{
    public static IServiceCollection AddGraphStreaming(this IServiceCollection services)
    {
        services.AddSingleton<OperationAdmission>();
        services.AddSingleton<OperationRunner>();
        services.AddSingleton<StreamingConnections>();
        services.AddSingleton<ServerSentEventsTransport>();
        services.AddSingleton<GraphQLWebSocketEndpoint>();
        return services;
    }
}
