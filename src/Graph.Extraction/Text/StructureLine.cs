namespace Graph.Extraction.Text;

/// <summary>A structural line (title, section, source) as a range of the repaired text; text lines are joined and not listed.</summary>
internal sealed record StructureLine(LineKind Kind, int Start, int End);
