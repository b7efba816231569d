namespace Graph.Bolt;

/// <summary>No server could be reached, or the connection was lost. Retried by managed transactions.</summary>
public sealed class ServiceUnavailableException : Neo4jException
{
    public const string ConnectionLost = "Graph.Bolt.ConnectionLost";

    public ServiceUnavailableException(string message, Exception? innerException = null, bool couldNotConnect = false)
        : base(ConnectionLost, message, innerException) => CouldNotConnect = couldNotConnect;

    /// <summary>
    /// True when no connection could be opened at all (refused, unreachable, TLS, handshake or connect timeout); false
    /// when an open connection was lost, which usually means a stale pooled connection that a fresh one replaces.
    /// <see cref="BoltDriverOptions.RetryWhenUnreachable"/> decides whether managed transactions retry the former.
    /// </summary>
    public bool CouldNotConnect { get; }

    public override bool IsRetryable => true;
}
