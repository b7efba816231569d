using System.ComponentModel.DataAnnotations;

namespace Graph.GraphQL.Ingestion;

/// <summary>Bounds on ingestion (configuration section <c>Graph:Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Graph:Ingestion";

    /// <summary>Longest text the <c>ingestDocument</c> mutation accepts, in characters (UTF-16 code units).</summary>
    [Range(1, 100_000_000)]
    public int MaxDocumentChars { get; set; } = 2_000_000;

    /// <summary>Most documents extracted at once by the service; others wait their turn within their deadline.</summary>
    [Range(1, 64)]
    public int MaxConcurrent { get; set; } = 1;

    /// <summary>Largest file the <c>ingest</c> verb reads, in bytes; a larger one is rejected by name and nothing of it is written.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>How long the <c>ingest</c> verb spends on one document before it rejects it (and writes nothing of it).</summary>
    public TimeSpan FileTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
