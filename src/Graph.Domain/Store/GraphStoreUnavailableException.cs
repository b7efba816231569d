namespace Graph.Domain.Store;

/// <summary>
/// The store cannot be reached or cannot answer right now (connection refused or lost, cluster without a writer,
/// disk error). Backends translate their own transport failures into this, so callers can say "try again later"
/// without knowing the backend. The message is safe to log, not meant for end users.
/// </summary>
public sealed class GraphStoreUnavailableException : Exception
{
    public GraphStoreUnavailableException()
    {
    }

    public GraphStoreUnavailableException(string message)
        : base(message)
    {
    }

    public GraphStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
