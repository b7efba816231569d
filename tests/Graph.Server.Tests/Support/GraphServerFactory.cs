using Graph.Domain.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Server.Tests.Support;

/// <summary>
/// The real service (Program) on its own temporary SQLite file, with the sample graph loaded unless told otherwise.
/// Store calls are counted by a pass-through decorator so tests can check batching.
/// </summary>
public sealed class GraphServerFactory : WebApplicationFactory<Program>
{
    private readonly TemporaryDirectory _directory = new();

    public bool LoadSampleGraph { get; init; } = true;

    public string DatabasePath => _directory.File("graph.db");

    public CountingGraphStore Store => Services.GetRequiredService<CountingGraphStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Graph:Database", DatabasePath);
        builder.UseSetting("Graph:LoadSampleGraph", LoadSampleGraph ? "true" : "false");
        builder.ConfigureServices(services =>
        {
            var registration = services.Last(s => s.ServiceType == typeof(IGraphStore));
            services.Remove(registration);
            services.AddSingleton(provider => new CountingGraphStore(
                (IGraphStore)(registration.ImplementationInstance
                    ?? registration.ImplementationFactory?.Invoke(provider)
                    ?? ActivatorUtilities.CreateInstance(provider, registration.ImplementationType!))));
            services.TryAddSingleton<IGraphStore>(provider => provider.GetRequiredService<CountingGraphStore>());
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _directory.Dispose();
        }
    }
}
