using Graph.Domain.Model;

namespace Graph.Server.Hosting.SampleGraph;

/// <summary>
/// The bundled sample graph: the batches the pipeline extracted from the sample newsletter. It holds facts, figures and
/// offsets into the newsletter, not the newsletter's text.
/// </summary>
internal sealed record SampleGraphFile(string Format, IReadOnlyList<GraphBatch> Batches)
{
    public const string CurrentFormat = "graph-batches/1";

    /// <summary>The file's name beside the executable.</summary>
    public const string FileName = "sample-graph.json";
}
