namespace Graph.Extraction.Dates;

/// <summary>A period expression found in the repaired text at [Start, End).</summary>
internal sealed record PeriodMention(int Start, int End, Period Period);
