namespace Graph.Bolt;

/// <summary>What the server reported when a result finished (the final SUCCESS of PULL or DISCARD, #message-pull).</summary>
/// <param name="Bookmark">For an auto-commit query: the bookmark of its transaction.</param>
/// <param name="QueryType">r, w, rw or s.</param>
/// <param name="Counters">Update statistics (nodes-created, properties-set...), empty when nothing changed.</param>
public sealed record BoltResultSummary(string? Bookmark, string? Database, string? QueryType, IReadOnlyDictionary<string, long> Counters);
