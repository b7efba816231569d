namespace Graph.Extraction.Observations;

/// <summary>How a written unit converts to a base unit: 万美元 → USD × 10^4.</summary>
/// <param name="IsCount">True for classifiers (个, 项, 家) that only count when they close the clause.</param>
internal sealed record UnitInfo(string Unit, decimal Multiplier, string BaseUnit, bool IsCount = false)
{
    public bool IsPercent => BaseUnit is "percent" or "percentage_points";
}
