using Graph.Domain.Model;

namespace Graph.Analytics.Series;

/// <summary>A subject's points for one indicator, oldest first, one per period.</summary>
/// <param name="Truncated">True when the read bound cut the observations short.</param>
public sealed record IndicatorSeries(Entity Subject, Entity Indicator, IReadOnlyList<SeriesPoint> Points, bool Truncated);
