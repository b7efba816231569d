using System.Diagnostics;
using System.Text.RegularExpressions;
using Graph.Storage.Neo4j.Tests.Support;

namespace Graph.Storage.Neo4j.Tests.Compose;

/// <summary>
/// docker-compose.yml against what the neo4j image's entry script accepts (docker-neo4j, docker-image-src/5/coredb/
/// docker-entrypoint.sh, set_initial_password): NEO4J_AUTH must be <c>neo4j/&lt;password&gt;</c> with no "/" in the
/// password, or the container stops; and the password is set only when the data volume is new.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly string ComposeFile = Path.Combine(RepositoryPaths.Root, "docker-compose.yml");

    [Fact]
    public void Neo4j_auth_is_always_the_neo4j_user_with_a_password_the_entry_script_accepts()
    {
        var text = File.ReadAllText(ComposeFile);

        var auth = Assert.Single(AuthLine().Matches(text)).Groups["value"].Value;
        var value = DefaultPassword().Replace(auth, m => m.Groups["default"].Value);
        var accepted = EntryScriptRule().Match(value);
        Assert.True(accepted.Success, $"NEO4J_AUTH {auth} renders as {value}, which the entry script refuses");
        Assert.Equal("neo4j", accepted.Groups["user"].Value);
        Assert.NotEqual("neo4j", accepted.Groups["password"].Value);
        Assert.True(accepted.Groups["password"].Length >= 8, "the default password is shorter than Neo4j's minimum of 8");
        Assert.DoesNotContain("${NEO4J_USER", text, StringComparison.Ordinal);
        Assert.Matches(@"NEO4J_USER: neo4j\r?\n", text);
        Assert.Contains("-u neo4j ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_change_is_documented_with_down_v_and_what_it_deletes()
    {
        var text = File.ReadAllText(ComposeFile);

        Assert.Contains("docker compose down -v", text, StringComparison.Ordinal);
        Assert.Contains("DELETES THE GRAPH", text, StringComparison.Ordinal);
        Assert.Contains("docker compose down -v", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Docker_compose_renders_the_neo4j_user_whatever_NEO4J_USER_says()
    {
        // The old file built NEO4J_AUTH from NEO4J_USER, so a user other than neo4j in the environment stopped the container.
        var compose = new[] { "/usr/bin/docker-compose", "/usr/local/bin/docker-compose" }.FirstOrDefault(File.Exists);
        Skip.If(compose is null, "docker-compose is not installed (CI installs Debian's docker-compose); the text checks above still ran.");
        var start = new ProcessStartInfo(compose!, ["-f", ComposeFile, "config"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.Environment["NEO4J_USER"] = "graph";
        start.Environment["NEO4J_PASSWORD"] = "another-password";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, errors);
        Assert.Contains("NEO4J_AUTH: neo4j/another-password", output, StringComparison.Ordinal);
        Assert.Contains("NEO4J_USER: neo4j", output, StringComparison.Ordinal);
        Assert.DoesNotContain("graph/", output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s+NEO4J_AUTH:\s*(?<value>\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex AuthLine();

    [GeneratedRegex(@"\$\{NEO4J_PASSWORD:-(?<default>[^}]*)\}")]
    private static partial Regex DefaultPassword();

    // set_initial_password: ^([^/]+)\/([^/]+)/?([tT][rR][uU][eE])?$, and "Invalid admin username, it must be neo4j."
    [GeneratedRegex(@"^(?<user>[^/]+)/(?<password>[^/]+)/?([tT][rR][uU][eE])?$")]
    private static partial Regex EntryScriptRule();
}
