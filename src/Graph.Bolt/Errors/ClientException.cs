namespace Graph.Bolt;

/// <summary>The request was wrong (<c>Neo.ClientError.*</c>): syntax, a constraint, a missing parameter. Never retried.</summary>
public class ClientException : Neo4jException
{
    public ClientException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }
}
