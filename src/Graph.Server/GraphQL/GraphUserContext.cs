namespace Graph.Server.GraphQL;

/// <summary>What the executor carries for one request.</summary>
internal sealed class GraphUserContext(string requestId) : Dictionary<string, object?>
{
    public string RequestId { get; } = requestId;
}
