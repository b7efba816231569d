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

    [Theory]
    [InlineData(TourQueries.SummitParticipants)]
    [InlineData(TourQueries.FindWangAndDalian)]
    [InlineData(TourQueries.Connection)]
    [InlineData(TourQueries.DalianOutsourcing)]
    [InlineData(GraphQL.AnalyticsQueryTests.TourImpact)]
    [InlineData(GraphQL.AnalyticsQueryTests.TourLinks)]
    [InlineData(GraphQL.AnalyticsQueryTests.TourFigures)]
    public void The_README_tour_shows_the_tested_queries(string query) =>
        Assert.Contains($"```graphql\n{query.ReplaceLineEndings("\n")}\n```", Readme, StringComparison.Ordinal);

    [Fact]
    public void The_CI_script_runs_the_README_test_command() =>
        Assert.Contains("dotnet test Graph.sln", File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".ci", "run")), StringComparison.Ordinal);
}
