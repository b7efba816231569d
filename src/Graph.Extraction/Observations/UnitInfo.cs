namespace Graph.Extraction.Observations;

/// <summary>How a written unit converts to a base unit: 万美元 → USD × 10^4.</summary>
/// <param name="Counts">True for classifiers (个, 项, 家, 名), with a magnitude or without.</param>
internal sealed record UnitInfo(string Unit, decimal Multiplier, string BaseUnit, bool Counts = false)
{
    public bool IsPercent => BaseUnit is "percent" or "percentage_points";

    /// <summary>A bare classifier (28户, 3496家): it counts things, and only when it closes the clause.</summary>
    public bool IsCount => Counts && Multiplier == 1m;
}
