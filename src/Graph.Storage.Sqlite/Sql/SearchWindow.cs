namespace Graph.Storage.Sqlite.Sql;

/// <summary>
/// Which cursors a search read has and which way it reads: best first, or worst first for a page from the end (Relay's
/// <c>last</c>), whose rows the caller turns back.
/// </summary>
internal sealed record SearchWindow(bool After, bool Before, bool Backward)
{
    public static IEnumerable<SearchWindow> All =>
        from after in new[] { false, true }
        from before in new[] { false, true }
        from backward in new[] { false, true }
        select new SearchWindow(after, before, backward);

    public string Name =>
        string.Join('-', new[] { (After, "after"), (Before, "before"), (Backward, "backward") }
            .Where(f => f.Item1).Select(f => f.Item2).DefaultIfEmpty("forward"));

    /// <summary>Ascending or descending: the given one when reading forward, the other one when reading backward.</summary>
    public string Direction(bool descending) => descending != Backward ? "DESC" : "ASC";
}
