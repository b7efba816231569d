using Graph.Domain.Model;

namespace Graph.Analytics.Series;

/// <summary>A subject's figure for the compared period and its rank (1 = highest base-unit value).</summary>
public sealed record ComparisonRow(int Rank, Entity Subject, SeriesPoint Point);
