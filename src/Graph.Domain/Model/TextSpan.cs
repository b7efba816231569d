namespace Graph.Domain.Model;

/// <summary>
/// A range of the original document text, in UTF-16 code units of the text as decoded from UTF-8 with any BOM removed,
/// before any repair. The graph stores these offsets, never the text itself.
/// </summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
