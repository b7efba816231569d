namespace Graph.Bolt;

/// <summary>
/// The server chosen by routing can no longer serve the request (it went away, or stopped being the leader). The client
/// forgets it; a retry goes to another server.
/// </summary>
public sealed class SessionExpiredException : Neo4jException
{
    public const string SessionExpired = "Graph.Bolt.SessionExpired";

    public SessionExpiredException(string message, Exception? innerException = null)
        : base(innerException is Neo4jException inner ? inner.Code : SessionExpired, message, innerException)
    {
    }

    public override bool IsRetryable => true;
}
