using Graph.Domain.Model;

namespace Graph.Analytics.Series;

/// <summary>
/// Turns a subject's raw observations of one indicator into points: one per period (several articles often report the same
/// figure), oldest first, with the y/y change filled in where it can be computed.
/// </summary>
internal static class SeriesPoints
{
    private const int PercentDecimals = 2;

    public static List<SeriesPoint> Build(IEnumerable<Observation> observations)
    {
        // Per period prefer an outcome over a target, a figure with a base-unit value, one with a reported change, then the
        // least ID, so the choice never depends on read order.
        var perPeriod = observations
            .GroupBy(o => (o.PeriodStart, o.PeriodEnd))
            .Select(g => g
                .OrderBy(o => o.IsTarget)
                .ThenBy(o => o.NormalizedValue is null)
                .ThenBy(o => o.YoyPct is null)
                .ThenBy(o => o.Id.Value, StringComparer.Ordinal)
                .First())
            .OrderBy(o => o.PeriodStart)
            .ThenBy(o => o.PeriodEnd)
            .ToList();
        var byPeriod = perPeriod.ToDictionary(o => (o.PeriodStart, o.PeriodEnd));
        return perPeriod.Select(o => Point(o, byPeriod)).ToList();
    }

    private static SeriesPoint Point(Observation observation, Dictionary<(DateOnly, DateOnly), Observation> byPeriod)
    {
        if (observation.YoyPct is not null)
        {
            return new SeriesPoint(observation, observation.YoyPct, false);
        }

        var yearEarlier = (observation.PeriodStart.AddYears(-1), observation.PeriodEnd.AddYears(-1));
        if (byPeriod.TryGetValue(yearEarlier, out var previous) && Comparable(previous, observation) is var (before, now) && before != 0)
        {
            return new SeriesPoint(observation, decimal.Round((now - before) / before * 100, PercentDecimals), true);
        }

        return new SeriesPoint(observation, null, false);
    }

    // Base-unit values when both have them in the same base unit, else the values as written when the units agree.
    private static (decimal Before, decimal Now)? Comparable(Observation before, Observation now)
    {
        if (before.NormalizedValue is { } b && now.NormalizedValue is { } n && before.BaseUnit == now.BaseUnit)
        {
            return (b, n);
        }

        return before.Unit == now.Unit ? (before.Value, now.Value) : null;
    }
}
