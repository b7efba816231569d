namespace Graph.Extraction.Evaluation;

/// <summary>A hand-annotated figure. A prediction matches when subject, indicator, value, unit and period all agree.</summary>
/// <param name="Indicator">The preferred indicator name.</param>
/// <param name="Alternatives">Other indicator names an analyst would accept for the same figure (签约额 vs 合同签约额).</param>
/// <param name="Yoy">The year-on-year change in percent, when the text gives one; reported, not required for a match.</param>
/// <param name="Target">True for a goal or plan; reported, not required for a match.</param>
public sealed record GoldObservation(
    string Subject,
    string Indicator,
    decimal Value,
    string Unit,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal? Yoy = null,
    bool Target = false,
    IReadOnlyList<string>? Alternatives = null)
{
    /// <summary>The preferred name and every alternative.</summary>
    public IEnumerable<string> Indicators => (Alternatives ?? []).Prepend(Indicator);
}
