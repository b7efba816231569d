namespace Graph.Extraction.Dates;

/// <summary>A period expression found in the repaired text at [Start, End).</summary>
internal sealed record PeriodMention(int Start, int End, Period Period)
{
    /// <summary>True for the base of a comparison (较一季度, 比上年): it names a period, but not the one a figure is for.</summary>
    public bool IsComparisonBase { get; init; }
}
