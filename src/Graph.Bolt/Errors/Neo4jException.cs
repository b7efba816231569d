namespace Graph.Bolt;

/// <summary>
/// An error reported by the server (with its Neo4j status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>) or met
/// by the client while talking to it.
/// </summary>
public class Neo4jException : Exception
{
    public Neo4jException(string code, string message, Exception? innerException = null)
        : base(message, innerException) => Code = code;

    /// <summary>The Neo4j status code, or a client-side code such as <c>Graph.Bolt.ConnectionLost</c>.</summary>
    public string Code { get; }

    /// <summary>True when running the same work again may succeed; managed transactions retry exactly these.</summary>
    public virtual bool IsRetryable => false;
}
