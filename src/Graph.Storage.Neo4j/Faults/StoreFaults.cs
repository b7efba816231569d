using Graph.Bolt;
using Graph.Domain.Store;

namespace Graph.Storage.Neo4j.Faults;

/// <summary>
/// Which Bolt failures mean "the store cannot answer right now" (<see cref="GraphStoreUnavailableException"/>, which callers
/// answer with "try again later"), which mean "the server's own time bound ran out" (<see cref="GraphStoreTimeoutException"/>),
/// and which are the store's own mistake and surface as they are (status codes: https://neo4j.com/docs/status-codes/current/).
/// </summary>
internal static class StoreFaults
{
    /// <summary>
    /// The domain exception <paramref name="exception"/> stands for, or null when it stands for none: a client error of
    /// ours (syntax, constraint, credentials), a bad argument, or a cancellation the caller asked for.
    /// </summary>
    public static Exception? Translate(Exception exception, Uri uri, CancellationToken cancellationToken) =>
        exception is Neo4jException { Code: { } code } && IsTimeout(code)
            ? new GraphStoreTimeoutException($"Neo4j at {Describe(uri)} gave up on the transaction: {code}: {exception.Message}", exception)
            : AsUnavailable(exception, uri, cancellationToken);

    /// <summary>
    /// The unavailability <paramref name="exception"/> stands for, or null when it is not one: a client error (syntax,
    /// constraint, credentials), a bad argument, or a cancellation the caller asked for.
    /// </summary>
    public static GraphStoreUnavailableException? AsUnavailable(Exception exception, Uri uri, CancellationToken cancellationToken) =>
        exception switch
        {
            GraphStoreUnavailableException => null,
            OperationCanceledException when cancellationToken.IsCancellationRequested => null,
            // A cancellation nobody asked for is a bound inside the client (clean-up, liveness) that the server overran.
            OperationCanceledException => Unavailable(uri, "the server did not answer in time", exception),
            // Unreachable or lost connections, an expired routing choice, a pool whose every connection stayed busy.
            ServiceUnavailableException or SessionExpiredException or ConnectionPoolTimeoutException =>
                Unavailable(uri, exception.Message, exception),
            // Neo.TransientError.* still failing when the retry budget ran out (a database starting or stopping, deadlocks
            // under load), and Neo.DatabaseError.* (the server itself failed: out of memory, a failed commit, disk).
            TransientException or DatabaseException =>
                Unavailable(uri, $"{((Neo4jException)exception).Code}: {exception.Message}", exception),
            // The peer does not answer as Neo4j does (no common Bolt version, a malformed message, an aggregate without
            // its row): no request of ours can fix that, but the server's operator can, so the service stays up, not ready.
            BoltProtocolException => Unavailable(uri, $"protocol error: {exception.Message}", exception),
            _ => null,
        };

    /// <summary>
    /// A transaction that ran past the server's timeout (the one the store sets per transaction, or the server's own), or
    /// a lock the server waited for in vain: Neo.ClientError.Transaction.TransactionTimedOut[ClientConfiguration] and
    /// Neo.TransientError.Transaction.LockAcquisitionTimeout (the latter once the retries are spent).
    /// </summary>
    private static bool IsTimeout(string code)
    {
        var name = code[(code.LastIndexOf('.') + 1)..];
        return name.StartsWith("TransactionTimedOut", StringComparison.Ordinal) ||
               string.Equals(name, "LockAcquisitionTimeout", StringComparison.Ordinal);
    }

    /// <summary>The URI without user information, for messages and logs.</summary>
    public static string Describe(Uri uri) => uri.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped);

    public static GraphStoreUnavailableException Unavailable(Uri uri, string reason, Exception innerException) =>
        new($"Neo4j at {Describe(uri)} is unavailable: {reason}", innerException);
}
