using Graph.Domain.Model;

namespace Graph.Analytics.Series;

/// <summary>An indicator compared across subjects for one period, in one base unit.</summary>
/// <param name="BaseUnit">The unit all rows are in: the base unit most figures of the period use; the others are left out.</param>
/// <param name="SubjectCount">Subjects with a comparable figure, before the cut to <see cref="ComparisonQuery.First"/>.</param>
/// <param name="Truncated">True when the read bound cut the observations short.</param>
public sealed record Comparison(
    Entity Indicator, DateOnly From, DateOnly To, string? BaseUnit, IReadOnlyList<ComparisonRow> Rows, int SubjectCount, bool Truncated);
