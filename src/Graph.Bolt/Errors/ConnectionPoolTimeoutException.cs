namespace Graph.Bolt;

/// <summary>Every connection of the pool stayed in use for the whole acquisition timeout.</summary>
public sealed class ConnectionPoolTimeoutException : ClientException
{
    public const string PoolTimeout = "Graph.Bolt.ConnectionPoolTimeout";

    public ConnectionPoolTimeoutException(string message)
        : base(PoolTimeout, message)
    {
    }
}
