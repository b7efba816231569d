namespace Graph.Extraction.Evaluation;

/// <summary>
/// A hand-annotated figure. A prediction matches when subject, value, unit and period agree; whether the indicator's name
/// agrees too is counted beside (see <see cref="Evaluator"/>).
/// </summary>
/// <param name="PeriodStart">Null (with <paramref name="PeriodEnd"/>) for a figure the text gives no period (a project's total
/// investment); it matches a prediction whose period is unresolved.</param>
/// <param name="Indicator">The preferred indicator name.</param>
/// <param name="Alternatives">Other indicator names an analyst would accept for the same figure (签约额 vs 合同签约额).</param>
/// <param name="Yoy">The year-on-year change in percent, when the text gives one; reported, not required for a match.</param>
/// <param name="Target">True for a goal or plan; reported, not required for a match.</param>
public sealed record GoldObservation(
    string Subject,
    string Indicator,
    decimal Value,
    string Unit,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    decimal? Yoy = null,
    bool Target = false,
    IReadOnlyList<string>? Alternatives = null)
{
    /// <summary>The preferred name and every alternative.</summary>
    public IEnumerable<string> Indicators => (Alternatives ?? []).Prepend(Indicator);
}
