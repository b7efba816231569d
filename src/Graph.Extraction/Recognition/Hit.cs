namespace Graph.Extraction.Recognition;

/// <summary>A recognized name at repaired-text range [Start, End). A null entity blocks the range without naming anything.</summary>
/// <param name="Priority">Breaks ties between equally long candidates: gazetteer names beat pattern guesses.</param>
/// <param name="Inner">Names inside this one that stand on their own (the city in a company name); kept only if this hit is.</param>
/// <param name="Links">Relations this name states by itself (company LOCATED_IN its city); kept only if this hit is.</param>
internal sealed record Hit(
    EntityRef? Entity, int Start, int End, int Priority = 0, IReadOnlyList<Hit>? Inner = null, IReadOnlyList<RelationDraft>? Links = null)
{
    public const int GazetteerPriority = 10;
    public const int PatternPriority = 5;

    public int Length => End - Start;

    /// <summary>True for a context word (我省, 全市) resolved to its place: a mention of the place, never an alias of it.</summary>
    public bool Contextual { get; init; }
}
