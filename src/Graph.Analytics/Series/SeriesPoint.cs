using Graph.Domain.Model;

namespace Graph.Analytics.Series;

/// <summary>
/// One period of a series: the figure in its base unit, and the year-on-year change either as reported or, when the
/// source gave none, computed from the same period a year earlier (<paramref name="YoyComputed"/>).
/// </summary>
public sealed record SeriesPoint(Observation Observation, decimal? YoyPct, bool YoyComputed)
{
    public DateOnly PeriodStart => Observation.PeriodStart;

    public DateOnly PeriodEnd => Observation.PeriodEnd;
}
