namespace Graph.Extraction.Evaluation;

/// <summary>How one document's extraction compares with its gold: the scores, what was missed and what was wrongly found.</summary>
public sealed record DocumentEvaluation(string Document, ScoreSheet Scores, IReadOnlyList<string> Misses, IReadOnlyList<string> FalsePositives);
