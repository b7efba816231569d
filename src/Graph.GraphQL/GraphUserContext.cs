namespace Graph.GraphQL;

/// <summary>What the executor carries for one request.</summary>
public sealed class GraphUserContext(string requestId) : Dictionary<string, object?>
{
    /// <summary>The key of the operation's estimated cost, set during validation.</summary>
    public const string CostKey = "cost";

    public string RequestId { get; } = requestId;

    public double? Cost => TryGetValue(CostKey, out var cost) && cost is double value ? value : null;
}
