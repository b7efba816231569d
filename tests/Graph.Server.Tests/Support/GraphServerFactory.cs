using System.Security.Cryptography;
using System.Text;
using Graph.Domain.Store;
using Graph.Extraction;
using Graph.GraphQL.Security;
using Graph.Server.Security;
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

    public const string ReaderKey = "reader-key-for-tests";
    public const string WriterKey = "writer-key-for-tests";
    public const string AdminKey = "admin-key-for-tests";

    public bool LoadSampleGraph { get; init; } = true;

    /// <summary>Fault injection: wraps the real store (slow calls, a store that goes down).</summary>
    public Func<IGraphStore, IGraphStore>? Faults { get; init; }

    /// <summary>Fault injection: wraps the real extractor (slow extraction).</summary>
    public Func<IDocumentExtractor, IDocumentExtractor>? ExtractorFaults { get; init; }

    /// <summary>Extra configuration, applied last.</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    /// <summary>A client that sends the API key of <paramref name="role"/>.</summary>
    public HttpClient CreateClient(GraphRole role)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", role switch
        {
            GraphRole.Reader => ReaderKey,
            GraphRole.Writer => WriterKey,
            _ => AdminKey,
        });
        return client;
    }

    public string DatabasePath => _directory.File("graph.db");

    public CountingGraphStore Store => Services.GetRequiredService<CountingGraphStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Graph:Database", DatabasePath);
        builder.UseSetting("Graph:LoadSampleGraph", LoadSampleGraph ? "true" : "false");
        var keys = new[] { (GraphRole.Reader, ReaderKey), (GraphRole.Writer, WriterKey), (GraphRole.Admin, AdminKey) };
        for (var i = 0; i < keys.Length; i++)
        {
            builder.UseSetting($"Graph:Auth:ApiKeys:{i}:Name", keys[i].Item1.ToString().ToLowerInvariant() + "-test");
            builder.UseSetting($"Graph:Auth:ApiKeys:{i}:Hash", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(keys[i].Item2))));
            builder.UseSetting($"Graph:Auth:ApiKeys:{i}:Role", keys[i].Item1.ToString());
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            var registration = services.Last(s => s.ServiceType == typeof(IGraphStore));
            services.Remove(registration);
            services.AddSingleton(provider =>
            {
                var real = (IGraphStore)(registration.ImplementationInstance
                    ?? registration.ImplementationFactory?.Invoke(provider)
                    ?? ActivatorUtilities.CreateInstance(provider, registration.ImplementationType!));
                return new CountingGraphStore(Faults?.Invoke(real) ?? real);
            });
            services.TryAddSingleton<IGraphStore>(provider => provider.GetRequiredService<CountingGraphStore>());
            if (ExtractorFaults is { } wrap)
            {
                var extractor = services.Last(s => s.ServiceType == typeof(IDocumentExtractor));
                services.Remove(extractor);
                services.AddSingleton(provider => wrap((IDocumentExtractor)(extractor.ImplementationInstance
                    ?? extractor.ImplementationFactory?.Invoke(provider)
                    ?? ActivatorUtilities.CreateInstance(provider, extractor.ImplementationType!))));
            }
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
