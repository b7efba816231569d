using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Hosting;

/// <summary>The README's commands and tour are the ones the tests run.</summary>
public sealed class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");

    [Theory]
    [InlineData("dotnet run --project src/Graph.Server")]
    [InlineData("dotnet test Graph.sln")]
    public void The_README_gives_the_run_and_test_commands(string command) =>
        Assert.Contains($"```sh\n{command}\n```", Readme, StringComparison.Ordinal);

    [Fact]
    public void The_tour_files_the_tests_and_the_typed_client_run_are_exactly_the_README_tour()
    {
        var tour = Readme[Readme.IndexOf("## A short tour", StringComparison.Ordinal)..Readme.IndexOf("### A typed client", StringComparison.Ordinal)];
        var blocks = System.Text.RegularExpressions.Regex.Matches(tour, "```graphql\n(.*?)\n```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value)
            .Order(StringComparer.Ordinal)
            .ToList();
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "typed-client", "tour"), "*.graphql")
            .Select(f => File.ReadAllText(f).ReplaceLineEndings("\n").TrimEnd('\n'))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(blocks, files);
    }

    [Fact]
    public void The_README_lists_every_error_code_the_service_sends()
    {
        var table = Readme[Readme.IndexOf("### Error codes", StringComparison.Ordinal)..];
        var ours = typeof(Graph.GraphQL.ErrorCodes)
            .GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)
            .Select(f => (string)f.GetValue(null)!);

        // GraphQL.NET's own codes for choosing the operation pass through unchanged.
        string[] library = ["NO_OPERATION", "NO_OPERATION_NAME", "INVALID_OPERATION_NAME", "INVALID_OPERATION"];

        Assert.All(ours.Concat(library), code => Assert.Contains($"| `{code}` |", table, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(typeof(Graph.GraphQL.GraphQLLimits), "Graph:Limits")]
    [InlineData(typeof(Graph.GraphQL.Ingestion.IngestionOptions), "Graph:Ingestion")]
    [InlineData(typeof(Graph.Server.Security.JwtOptions), "Graph:Auth:Jwt")]
    [InlineData(typeof(Graph.Server.Security.RateLimitOptions), "Graph:RateLimit")]
    [InlineData(typeof(Graph.GraphQL.Subscriptions.SubscriptionOptions), "Graph:Subscriptions")]
    [InlineData(typeof(Graph.Server.Http.Persisted.PersistedOperationsOptions), "Graph:PersistedOperations")]
    [InlineData(typeof(Graph.Server.Http.ResponseCachingOptions), "Graph:Caching")]
    public void The_configuration_table_documents_every_setting(Type options, string section)
    {
        var table = Readme[Readme.IndexOf("## Configuration", StringComparison.Ordinal)..Readme.IndexOf("## Running against Neo4j", StringComparison.Ordinal)];
        var rows = table.Split('\n').Where(line => line.StartsWith($"| `{section}:", StringComparison.Ordinal)).ToList();

        Assert.All(
            options.GetProperties().Where(p => p.CanWrite).Select(p => p.Name),
            name => Assert.True(
                rows.Exists(row => row.Contains($"`{section}:{name}`", StringComparison.Ordinal) || row.Contains($"`:{name}`", StringComparison.Ordinal)),
                $"{section}:{name} is not in the README's configuration table"));
    }

    [Fact]
    public void The_CI_script_runs_the_README_test_command() =>
        Assert.Contains("dotnet test Graph.sln", File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".ci", "run")), StringComparison.Ordinal);
}
