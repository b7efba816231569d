using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.GraphQL;

/// <summary>
/// One setting bounds the length of every path query, <c>shortestPath</c> and <c>paths</c> alike; the older key that
/// bounded only <c>shortestPath</c> is still read when the new one is not set.
/// </summary>
public sealed class PathLengthBoundTests
{
    private const string Place = "UGxhY2U6cGxhY2VfMA";

    [Theory]
    [InlineData("Graph:Analytics:MaxPathLength")]
    [InlineData("Graph:Limits:MaxPathLength")]
    public async Task The_path_length_bound_applies_to_shortestPath_and_paths_from_either_key(string key)
    {
        await using var factory = new GraphServerFactory { Settings = { [key] = "3" } };
        using var client = factory.CreateClient();

        var shortestWithin = await client.QueryWithErrorsAsync($$"""{ shortestPath(from: "{{Place}}", to: "{{Place}}", maxLength: 3) { length } }""");
        var shortestPast = await client.QueryWithErrorsAsync($$"""{ shortestPath(from: "{{Place}}", to: "{{Place}}", maxLength: 4) { length } }""");
        var pathsPast = await client.QueryWithErrorsAsync($$"""{ paths(from: "{{Place}}", to: "{{Place}}", maxLength: 4) { shortestLength } }""");

        Assert.Null(shortestWithin["errors"]);
        Assert.Equal("BAD_USER_INPUT", shortestPast.ErrorCode());
        Assert.Equal("BAD_USER_INPUT", pathsPast.ErrorCode());
    }

    [Fact]
    public async Task The_new_key_wins_over_the_old_one()
    {
        await using var factory = new GraphServerFactory
        {
            Settings = { ["Graph:Analytics:MaxPathLength"] = "5", ["Graph:Limits:MaxPathLength"] = "2" },
        };
        using var client = factory.CreateClient();

        var answer = await client.QueryWithErrorsAsync($$"""{ shortestPath(from: "{{Place}}", to: "{{Place}}", maxLength: 5) { length } }""");

        Assert.Null(answer["errors"]);
    }
}
