using Microsoft.Extensions.DependencyInjection;

namespace Graph.Extraction.Tests;

public sealed class ExtractionServiceCollectionExtensionsTests
{
    [Fact]
    public void The_extractor_is_registered_as_a_singleton()
    {
        using var provider = new ServiceCollection().AddGraphExtraction().BuildServiceProvider();

        var first = provider.GetRequiredService<IDocumentExtractor>();

        Assert.Same(first, provider.GetRequiredService<IDocumentExtractor>());
        Assert.NotEmpty(first.Extract(new SourceDocument("a.txt", "大连市服务外包")).Entities);
    }
}
