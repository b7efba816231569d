using Graph.Domain.Model;

namespace Graph.Analytics.Impact;

/// <summary>One link of a chain and the spans of the documents that state it.</summary>
public sealed record ImpactLink(Relation Relation, IReadOnlyList<Mention> Evidence);
