namespace Graph.Storage.Sqlite.Sql;

/// <summary>
/// Which cursors a paged read (search, an anchor's relations) has and which way it reads: in list order, or backward for a
/// page from the end (Relay's <c>last</c>), whose rows the caller turns back.
/// </summary>
internal sealed record PageWindow(bool After, bool Before, bool Backward)
{
    public static IEnumerable<PageWindow> All =>
        from after in new[] { false, true }
        from before in new[] { false, true }
        from backward in new[] { false, true }
        select new PageWindow(after, before, backward);

    public string Name =>
        string.Join('-', new[] { (After, "after"), (Before, "before"), (Backward, "backward") }
            .Where(f => f.Item1).Select(f => f.Item2).DefaultIfEmpty("forward"));

    /// <summary>Ascending or descending: the given one when reading forward, the other one when reading backward.</summary>
    public string Direction(bool descending) => descending != Backward ? "DESC" : "ASC";
}
