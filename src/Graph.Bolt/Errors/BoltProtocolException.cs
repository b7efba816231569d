namespace Graph.Bolt;

/// <summary>The peer broke the protocol: a malformed message, an unexpected reply, no common protocol version.</summary>
public sealed class BoltProtocolException : Neo4jException
{
    public const string ProtocolError = "Graph.Bolt.ProtocolError";

    public BoltProtocolException(string message)
        : base(ProtocolError, message)
    {
    }
}
