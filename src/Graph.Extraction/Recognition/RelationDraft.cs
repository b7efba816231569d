using Graph.Domain.Model;

namespace Graph.Extraction.Recognition;

/// <summary>A relation and the repaired-text range [Start, End) that states it.</summary>
internal sealed record RelationDraft(
    RelationType Type, EntityRef From, EntityRef To, int Start, int End, string? Role = null, string? Polarity = null);
