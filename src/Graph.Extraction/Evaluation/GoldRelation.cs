namespace Graph.Extraction.Evaluation;

/// <summary>A hand-annotated relation between two names (each a gold entity's name or alias, or a place the hierarchy implies).</summary>
/// <param name="Type">The stored type name (<c>WORKS_FOR</c>, <c>LOCATED_IN</c>...).</param>
/// <param name="Role">For WORKS_FOR: the title; when given, a prediction must carry the same.</param>
/// <param name="Polarity">For AFFECTS: <c>+</c> or <c>-</c>; when given, a prediction must carry the same.</param>
public sealed record GoldRelation(string Type, string From, string To, string? Role = null, string? Polarity = null);
