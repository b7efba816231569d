using System.Security.Claims;
using System.Text.Json.Nodes;
using Graph.Domain.Store;
using Graph.Extraction;
using Graph.Storage.Sqlite;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.GraphQL.Tests.Support;

/// <summary>
/// The schema as <c>AddGraphSchema</c> registers it, over a real SQLite file in a temporary directory, executed through
/// GraphQL.NET's document executer: no web host, no HTTP.
/// </summary>
internal sealed class SchemaHost : IAsyncDisposable
{
    private static readonly GraphQLSerializer Serializer = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("graph-schema-tests-").FullName;
    private readonly ServiceProvider _services;

    private SchemaHost(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSqliteGraphStore(sqlite => sqlite.DatabasePath = Path.Combine(_directory, "graph.db"));
        services.AddSingleton<IGraphReader>(provider => provider.GetRequiredService<IGraphStore>());
        services.AddSingleton<IGraphWriter>(provider => provider.GetRequiredService<IGraphStore>());
        services.AddSingleton<IDocumentTextReader>(provider => provider.GetRequiredService<IGraphStore>());
        services.AddGraphExtraction();
        services.AddGraphSchema(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public static async Task<SchemaHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = new SchemaHost(settings ?? new Dictionary<string, string?>());
        await host._services.GetRequiredService<IGraphStore>().InitializeAsync(CancellationToken.None);
        return host;
    }

    public IServiceProvider Services => _services;

    /// <summary>Executes one operation in its own scope (fresh batch loaders) and returns the response as JSON.</summary>
    public async Task<JsonObject> ExecuteAsync(string query, object? variables = null, ClaimsPrincipal? user = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = variables is null ? null : Serializer.Deserialize<global::GraphQL.Inputs>(Serializer.Serialize(variables)),
            RequestServices = scope.ServiceProvider,
            UserContext = new GraphUserContext("test-request"),
            User = user,
        });
        return JsonNode.Parse(Serializer.Serialize(result))!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A store file may still be closing; the OS temp folder is cleaned eventually.
        }
    }
}
