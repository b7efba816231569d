using System.Globalization;
using Graph.Analytics;
using Graph.Domain.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.GraphQL;

/// <summary>The analysts' queries: their bounds (configuration section <c>Graph:Analytics</c>) and the store-agnostic engine.</summary>
public static class AnalyticsServiceCollectionExtensions
{
    /// <summary>The key that bounded <c>shortestPath</c> before the one path-length bound; read as an alias, with a warning.</summary>
    public const string LegacyMaxPathLengthKey = "Graph:Limits:MaxPathLength";

    internal static IServiceCollection AddGraphAnalytics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AnalyticsOptions>()
            .Bind(configuration.GetSection(AnalyticsOptions.SectionName))
            .PostConfigure(options =>
            {
                if (configuration[$"{AnalyticsOptions.SectionName}:{nameof(AnalyticsOptions.MaxPathLength)}"] is null &&
                    int.TryParse(configuration[LegacyMaxPathLengthKey], NumberStyles.None, CultureInfo.InvariantCulture, out var legacy))
                {
                    options.MaxPathLength = legacy;
                }
            })
            .ValidateDataAnnotations()
            .Validate(o => o.Timeout > TimeSpan.Zero, "Graph:Analytics:Timeout must be positive.")
            .ValidateOnStart();
        services.AddSingleton(provider => new GraphAnalytics(
            provider.GetRequiredService<IGraphReader>(), provider.GetRequiredService<IOptions<AnalyticsOptions>>().Value));
        return services;
    }
}
