using Graph.Extraction.Dates;
using Graph.Extraction.Recognition;

namespace Graph.Extraction.Observations;

/// <summary>A figure read from the text, before it gets its ID: indicator, subject, value, period and where it was read.</summary>
/// <param name="IndicatorStart">Start of the metric words in the repaired text (the indicator's mention).</param>
/// <param name="Start">Start of the clause that states the figure (the observation's mention).</param>
internal sealed record ObservationDraft(
    EntityRef Indicator,
    int IndicatorStart,
    int IndicatorEnd,
    EntityRef Subject,
    decimal Value,
    UnitInfo Unit,
    Period Period,
    decimal? YoyPct,
    bool IsTarget,
    int Start,
    int End);
