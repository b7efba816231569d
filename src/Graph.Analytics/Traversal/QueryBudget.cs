namespace Graph.Analytics.Traversal;

/// <summary>
/// The time bound of one query: the caller's token (the client going away) joined with the configured timeout. A query
/// past its budget stops at its next store call with <see cref="OperationCanceledException"/>.
/// </summary>
internal static class QueryBudget
{
    public static CancellationTokenSource Start(TimeSpan timeout, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout > TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            source.CancelAfter(timeout);
        }

        return source;
    }
}
