namespace Graph.Domain.Store;

/// <summary>
/// A store's expressions for the sort keys of an entity list: the name, the pinyin key, "is undated" (true sorts after
/// false), the start date with a stand-in for a missing one, and the ID that breaks ties.
/// </summary>
public sealed record EntitySortExpressions(string Name, string NameKey, string Undated, string Date, string Id);
