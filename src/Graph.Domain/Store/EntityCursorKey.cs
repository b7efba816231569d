namespace Graph.Domain.Store;

/// <summary>The position an entity cursor encodes: the sort key (name or start date, null for undated) and the ID.</summary>
public sealed record EntityCursorKey(string? SortKey, string Id);
