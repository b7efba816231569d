using System.Text.Json.Serialization;

namespace Graph.Domain.Model;

/// <summary>Everything extracted from one document. A store commits a batch whole or not at all.</summary>
public sealed record GraphBatch(
    DocumentInfo Document,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<Observation> Observations,
    IReadOnlyList<Mention> Mentions)
{
    /// <summary>
    /// The document's text as decoded (the string every span counts in), or null when the caller does not hand it over.
    /// A store that keeps texts (<c>KeepText</c>) stores it beside the document; it must hash to
    /// <see cref="DocumentInfo.Hash"/> and be <see cref="DocumentInfo.Length"/> long. Never serialized with the batch: the
    /// bundled sample graph and the JSON export carry facts and offsets, not text.
    /// </summary>
    [JsonIgnore]
    public string? DocumentText { get; init; }
}
