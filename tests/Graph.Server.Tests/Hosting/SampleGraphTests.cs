using Graph.Extraction;
using Graph.Server.Cli;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Hosting;

public sealed class SampleGraphTests
{
    [SkippableFact]
    public void The_committed_sample_graph_is_what_the_pipeline_makes_of_the_sample_newsletter()
    {
        var regenerated = SampleGraphCommand.Serialize(SampleGraphCommand.Build(DocumentExtractorFactory.Create(), [RepositoryPaths.SampleNewsletter]));

        var committed = File.ReadAllText(RepositoryPaths.SampleGraphFile);

        Assert.True(
            regenerated == committed,
            "data/sample-graph.json is stale. Regenerate it: dotnet run --project src/Graph.Server -- sample-graph --out data/sample-graph.json ../shared/corpus/liaoning-digital-economy-newsletter-2025-04.txt");
    }

    [SkippableFact]
    public void The_sample_graph_holds_offsets_not_the_newsletter_text()
    {
        var committed = File.ReadAllText(RepositoryPaths.SampleGraphFile);
        var newsletter = File.ReadAllText(RepositoryPaths.SampleNewsletter);

        // No sentence of the newsletter (a run of 30 characters or more) appears in the bundled file.
        var sentences = newsletter.Split(['。', '；', '\n'], StringSplitOptions.TrimEntries).Where(s => s.Length >= 30);
        Assert.All(sentences, sentence => Assert.DoesNotContain(sentence, committed, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_first_run_serves_the_sample_graph()
    {
        await using var factory = new GraphServerFactory();
        using var client = factory.CreateClient();

        var data = await client.QueryAsync("{ statistics { documents entities observations } articles(first: 20) { nodes { title source { name } } } }");

        Assert.Equal(1, data["statistics"]!["documents"]!.GetValue<int>());
        Assert.True(data["statistics"]!["entities"]!.GetValue<int>() >= 60);
        Assert.True(data["statistics"]!["observations"]!.GetValue<int>() >= 30);
        Assert.Equal(8, data["articles"]!["nodes"]!.AsArray().Count);
        Assert.All(data["articles"]!["nodes"]!.AsArray(), a => Assert.NotNull(a!["source"]));
    }
}
