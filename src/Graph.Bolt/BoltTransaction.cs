using Graph.Bolt.Connection;
using Graph.Bolt.Messages;

namespace Graph.Bolt;

/// <summary>
/// An explicit transaction on one connection (BEGIN ... COMMIT or ROLLBACK, #transaction). Queries run in order; starting
/// a query first buffers what the previous one has not yet streamed. A failed query fails the transaction: the server
/// ignores everything until RESET, which rollback sends. Disposing an open transaction rolls it back.
/// </summary>
public sealed class BoltTransaction : IAsyncDisposable
{
    private readonly ConnectionLease _lease;
    private readonly BookmarkHolder _bookmarks;
    private readonly long _fetchSize;
    private readonly TimeSpan _cleanupTimeout;
    private BoltResult? _current;
    private State _state = State.Active;

    internal BoltTransaction(ConnectionLease lease, BookmarkHolder bookmarks, long fetchSize, TimeSpan cleanupTimeout)
    {
        _lease = lease;
        _bookmarks = bookmarks;
        _fetchSize = fetchSize;
        _cleanupTimeout = cleanupTimeout;
    }

    private enum State
    {
        Active,
        Failed,
        Closed,
    }

    private BoltConnection Connection => _lease.Connection;

    /// <summary>Runs a query; RUN and the first PULL go out in one write and the records stream as they are read.</summary>
    public async Task<BoltResult> RunAsync(
        string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfNotActive();
        try
        {
            if (_current is { IsDone: false })
            {
                await _current.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
            }

            Connection.Enqueue(new RunMessage(query, parameters, TransactionExtra.Empty));
            Connection.Enqueue(StreamMessage.Pull(_fetchSize));
            await Connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            var run = await Connection.ReadSuccessAsync(cancellationToken).ConfigureAwait(false);
            _current = new BoltResult(Connection, Fields(run), _fetchSize, _cleanupTimeout, Fail, OnResultFinished);
            return _current;
        }
        catch (Exception exception)
        {
            throw Fail(exception);
        }
    }

    /// <summary>Commits; afterwards the driver's bookmark is this transaction's.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfNotActive();
        try
        {
            if (_current is { IsDone: false })
            {
                await _current.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
            }

            Connection.Enqueue(EmptyMessage.Commit);
            await Connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            var success = await Connection.ReadSuccessAsync(cancellationToken).ConfigureAwait(false);
            _bookmarks.Update(success.GetString("bookmark"));
            _state = State.Closed;
            await _lease.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            throw Fail(exception);
        }
    }

    /// <summary>Rolls back (after a failure: RESET, since the server ignores ROLLBACK then).</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_state == State.Closed)
        {
            return;
        }

        try
        {
            if (Connection.IsBroken)
            {
                // Nothing to tell a server we lost; it rolls the transaction back itself.
            }
            else if (_state == State.Failed || Connection.Pending > 0)
            {
                await Connection.ResetAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                Connection.Enqueue(EmptyMessage.Rollback);
                await Connection.FlushAsync(cancellationToken).ConfigureAwait(false);
                await Connection.ReadSuccessAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is Neo4jException or IgnoredException)
        {
            Connection.Broken(exception);
        }
        finally
        {
            _state = State.Closed;
            await _lease.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Rolls back an open transaction, within <see cref="BoltDriverOptions.CleanupTimeout"/>: a server that does not answer
    /// the ROLLBACK in time loses the connection (and so the transaction) instead of holding the caller.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_state != State.Closed)
        {
            try
            {
                using var limit = new CancellationTokenSource(_cleanupTimeout);
                await RollbackAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // RollbackAsync closed the lease; a cancelled rollback leaves a broken connection, which the pool drops.
            }
        }
    }

    internal static IReadOnlyList<string> Fields(SuccessMessage run) =>
        run.Metadata.GetValueOrDefault("fields") is IReadOnlyList<object?> fields ? fields.OfType<string>().ToList() : [];

    private ValueTask OnResultFinished(SuccessMessage? success, Exception? error)
    {
        if (error is not null)
        {
            _state = State.Failed;
        }

        return ValueTask.CompletedTask;
    }

    private Exception Fail(Exception exception)
    {
        if (_state == State.Active)
        {
            _state = State.Failed;
        }

        return exception is IgnoredException
            ? new ClientException("Graph.Bolt.TransactionFailed", "The transaction failed earlier; the server ignored this request.")
            : _lease.Fail(exception);
    }

    private void ThrowIfNotActive()
    {
        if (_state != State.Active)
        {
            throw new InvalidOperationException(
                _state == State.Failed ? "The transaction failed; roll it back." : "The transaction is already committed or rolled back.");
        }
    }
}
