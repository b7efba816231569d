using System.Text.Json;
using Graph.Extraction;
using Graph.Server.Hosting.SampleGraph;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Cli;

/// <summary>
/// <c>sample-graph --out FILE DOCUMENTS</c>: runs the pipeline over the documents and writes the batches as the bundled
/// sample graph (facts and offsets, not text). The committed data/sample-graph.json is made this way.
/// </summary>
internal static class SampleGraphCommand
{
    public static async Task<int> RunAsync(ToolContext context)
    {
        if (!context.Options.TryGetValue("out", out var path) || context.Positional.Count == 0)
        {
            throw new UsageException("sample-graph needs --out FILE and at least one document.");
        }

        var extractor = context.Services.GetRequiredService<IDocumentExtractor>();
        var file = Build(extractor, DocumentFiles.Expand(context.Positional));
        await File.WriteAllTextAsync(path, Serialize(file)).ConfigureAwait(false);
        Console.WriteLine($"wrote {path}: {file.Batches.Sum(b => b.Entities.Count)} entities, {file.Batches.Sum(b => b.Observations.Count)} observations");
        return 0;
    }

    public static SampleGraphFile Build(IDocumentExtractor extractor, IEnumerable<string> documents) =>
        new(SampleGraphFile.CurrentFormat, documents.Select(d => extractor.Extract(DocumentLoader.Load(d))).ToList());

    /// <summary>The exact text written for a sample graph; the staleness test compares with it.</summary>
    public static string Serialize(SampleGraphFile file) =>
        JsonSerializer.Serialize(file, GraphJson.Options).ReplaceLineEndings("\n") + "\n";
}
