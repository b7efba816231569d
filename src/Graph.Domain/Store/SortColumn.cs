namespace Graph.Domain.Store;

/// <summary>One column of a keyset read: an expression in the store's query language and whether it sorts descending.</summary>
public sealed record SortColumn(string Expression, bool Descending);
