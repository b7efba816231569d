namespace Graph.Bolt;

/// <summary>What the server reported when a result finished (the final SUCCESS of PULL or DISCARD, #message-pull).</summary>
/// <param name="Bookmark">For an auto-commit query: the bookmark of its transaction.</param>
/// <param name="QueryType">r, w, rw or s.</param>
/// <param name="Counters">Update statistics (nodes-created, properties-set...), empty when nothing changed.</param>
/// <param name="Plan">For a query prefixed with EXPLAIN: the plan the server chose (operatorType, arguments, children...).</param>
public sealed record BoltResultSummary(
    string? Bookmark, string? Database, string? QueryType, IReadOnlyDictionary<string, long> Counters,
    IReadOnlyDictionary<string, object?>? Plan = null);
