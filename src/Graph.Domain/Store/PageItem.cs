namespace Graph.Domain.Store;

/// <summary>A row and its cursor. The cursor is the row's sort key, produced and understood by the store that made it.</summary>
public sealed record PageItem<T>(T Node, string Cursor);
