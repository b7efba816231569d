using Graph.Domain.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Graph.Server.Telemetry;

/// <summary>OpenTelemetry for HTTP, GraphQL operations and store calls, switched on by configuration.</summary>
internal static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddGraphTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        // Store calls are timed by a decorator around whichever backend was registered.
        var registration = services.LastOrDefault(s => s.ServiceType == typeof(IGraphStore));
        if (registration is not null)
        {
            services.Remove(registration);
            services.AddSingleton<IGraphStore>(provider => new InstrumentedGraphStore(Resolve(provider, registration)));
        }

        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = options.Otlp || !string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        if (!otlp && !options.Console)
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(GraphTelemetry.Name))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddSource(GraphTelemetry.Name);
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }

                if (options.Console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddMeter(GraphTelemetry.Name);
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }

                if (options.Console)
                {
                    metrics.AddConsoleExporter();
                }
            });
        return services;
    }

    private static IGraphStore Resolve(IServiceProvider provider, ServiceDescriptor registration) =>
        (IGraphStore)(registration.ImplementationInstance
            ?? registration.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registration.ImplementationType!));
}
