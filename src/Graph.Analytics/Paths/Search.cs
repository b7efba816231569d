namespace Graph.Analytics.Paths;

/// <summary>The state of one bidirectional search.</summary>
internal sealed class Search(SearchSide forward, SearchSide backward, ExploredGraph graph)
{
    public SearchSide Forward { get; } = forward;

    public SearchSide Backward { get; } = backward;

    public ExploredGraph Graph { get; } = graph;

    public bool Truncated { get; set; }

    /// <summary>The length up to which every path lies within what was read.</summary>
    public int Depth => Forward.Depth + Backward.Depth;

    public bool CanGrow => Forward.Frontier.Count > 0 || Backward.Frontier.Count > 0;
}
