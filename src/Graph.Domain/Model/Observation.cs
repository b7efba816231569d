using Graph.Domain.Identity;

namespace Graph.Domain.Model;

/// <summary>
/// A figure reported for a subject over a period: "大连市 服务外包合同签约额 167850 万美元 (2025-01-01..2025-03-31), +57% y/y".
/// </summary>
/// <param name="Value">The number as written, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit as written: 万美元, 亿元, %, 个百分点, 万人...</param>
/// <param name="NormalizedValue">The value in <paramref name="BaseUnit"/> (167850 万美元 → 1678500000 USD); null when the unit has no base.</param>
/// <param name="BaseUnit">USD, CNY, persons, percent, percentage_points, count...; null when unknown.</param>
/// <param name="YoyPct">Year-on-year change in percent; negative for a fall (同比下降 35% → −35).</param>
/// <param name="Article">The article that reports it.</param>
/// <param name="IsTarget">True for a goal or plan (力争, 计划) rather than a reported outcome.</param>
/// <param name="UnresolvedPeriod">
/// Null when the period is known. Otherwise the period as the text writes it (今年1—7月 in a document with no date anywhere),
/// or an empty string when the text gives the figure no period at all (a project's total investment): the figure is kept
/// rather than dropped. <paramref name="PeriodStart"/> and <paramref name="PeriodEnd"/> then hold the months and days the
/// text gives in year 1 (0001-01-01..0001-07-31), or 0001-01-01 for both, so no date-range query ever matches them.
/// </param>
public sealed record Observation(
    ObservationId Id,
    EntityId Indicator,
    EntityId Subject,
    decimal Value,
    string Unit,
    decimal? NormalizedValue,
    string? BaseUnit,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal? YoyPct,
    EntityId Article,
    bool IsTarget = false,
    string? UnresolvedPeriod = null)
{
    /// <summary>The year that stands for "unknown" in the period of an unresolved figure.</summary>
    public const int UnknownYear = 1;

    /// <summary>True when the text did not say when the figure holds (see <see cref="UnresolvedPeriod"/>).</summary>
    public bool IsPeriodUnresolved => UnresolvedPeriod is not null;
}
