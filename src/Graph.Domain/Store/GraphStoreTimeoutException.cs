namespace Graph.Domain.Store;

/// <summary>
/// The store did not finish an operation within its own bound (a lock held past the busy timeout, a server-side
/// transaction timeout). Backends translate their own timeouts into this; a cancellation the caller asked for stays an
/// <see cref="OperationCanceledException"/>. The message is safe to log, not meant for end users.
/// </summary>
public sealed class GraphStoreTimeoutException : Exception
{
    public GraphStoreTimeoutException()
    {
    }

    public GraphStoreTimeoutException(string message)
        : base(message)
    {
    }

    public GraphStoreTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
