namespace Graph.Bolt;

/// <summary>A temporary condition (<c>Neo.TransientError.*</c>, e.g. a deadlock); the same work may succeed if retried.</summary>
public sealed class TransientException : Neo4jException
{
    public TransientException(string code, string message)
        : base(code, message)
    {
    }

    public override bool IsRetryable => true;
}
