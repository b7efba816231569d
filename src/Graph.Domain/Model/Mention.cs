using Graph.Domain.Identity;

namespace Graph.Domain.Model;

/// <summary>
/// Provenance: where in which document a fact (entity, relation or observation, by <paramref name="TargetId"/>) was read.
/// </summary>
/// <param name="TargetId">The ID of an entity, relation or observation.</param>
/// <param name="Article">The article the span lies in.</param>
/// <param name="DocumentHash">The content hash of the source document (<see cref="StableIds.DocumentHash"/>).</param>
/// <param name="Span">The characters that state the fact.</param>
public sealed record Mention(string TargetId, EntityId Article, string DocumentHash, TextSpan Span);
