namespace Graph.Domain.Model;

/// <summary>Everything extracted from one document. A store commits a batch whole or not at all.</summary>
public sealed record GraphBatch(
    DocumentInfo Document,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<Observation> Observations,
    IReadOnlyList<Mention> Mentions);
