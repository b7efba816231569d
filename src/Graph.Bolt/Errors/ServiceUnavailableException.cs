namespace Graph.Bolt;

/// <summary>No server could be reached, or the connection was lost. Retried by managed transactions.</summary>
public sealed class ServiceUnavailableException : Neo4jException
{
    public const string ConnectionLost = "Graph.Bolt.ConnectionLost";

    public ServiceUnavailableException(string message, Exception? innerException = null)
        : base(ConnectionLost, message, innerException)
    {
    }

    public override bool IsRetryable => true;
}
