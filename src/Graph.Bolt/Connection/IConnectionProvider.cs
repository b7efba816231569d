namespace Graph.Bolt.Connection;

/// <summary>Hands out connections for work of a given mode on a given database: one server, or the routed cluster.</summary>
internal interface IConnectionProvider : IAsyncDisposable
{
    Task<ConnectionLease> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken);

    /// <summary>
    /// Learns from a failure on a leased connection (routing forgets a dead server or a former leader) and returns the
    /// exception to surface: for routing, such failures become <see cref="SessionExpiredException"/>, which is retryable.
    /// </summary>
    Exception OnFailure(ConnectionLease lease, Exception exception);
}
