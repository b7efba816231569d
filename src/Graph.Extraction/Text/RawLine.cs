namespace Graph.Extraction.Text;

/// <summary>A non-blank physical line of the original text, trimmed, in original offsets.</summary>
internal readonly record struct RawLine(LineKind Kind, int Start, int End);
