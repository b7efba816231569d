using Graph.Domain.Model;

namespace Graph.Extraction.Lexicon;

/// <summary>A known name.</summary>
/// <param name="Kind">The entity kind, or null for a block entry that swallows a phrase and yields nothing.</param>
/// <param name="Key">The identity key (the name, or parent + name for a district name used in several cities).</param>
/// <param name="Parent">For places the key of the enclosing place; for organizations and companies a place (LOCATED_IN) or organization (PART_OF).</param>
internal sealed record GazetteerEntry(
    EntityKind? Kind, string Name, string Key, string? Subtype, IReadOnlyList<string> Aliases, string? Parent)
{
    /// <summary>True for a district whose name several cities use: it needs its city nearby to be recognized.</summary>
    public bool NeedsContext { get; init; }
}
