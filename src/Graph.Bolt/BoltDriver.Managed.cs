namespace Graph.Bolt;

/// <summary>Managed transactions: the work runs in a transaction that is committed, and retried when the failure is transient.</summary>
public sealed partial class BoltDriver
{
    private const double JitterFraction = 0.2;
    private const double BackoffMultiplier = 2.0;

    /// <summary>Runs <paramref name="work"/> in a read transaction (routed to a READ server), retrying transient failures.</summary>
    public Task<T> ExecuteReadAsync<T>(Func<BoltTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, work, TransactionConfig.Default, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in read transactions begun with <paramref name="config"/> (a timeout, say).</summary>
    public Task<T> ExecuteReadAsync<T>(
        Func<BoltTransaction, CancellationToken, Task<T>> work, TransactionConfig config, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, work, config, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a write transaction, retrying transient failures, and commits it.</summary>
    public Task<T> ExecuteWriteAsync<T>(Func<BoltTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, work, TransactionConfig.Default, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in write transactions begun with <paramref name="config"/>.</summary>
    public Task<T> ExecuteWriteAsync<T>(
        Func<BoltTransaction, CancellationToken, Task<T>> work, TransactionConfig config, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, work, config, cancellationToken);

    /// <inheritdoc cref="ExecuteAsync{T}(AccessMode, Func{BoltTransaction, CancellationToken, Task{T}}, TransactionConfig, CancellationToken)"/>
    public Task<T> ExecuteAsync<T>(AccessMode mode, Func<BoltTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(mode, work, TransactionConfig.Default, cancellationToken);

    /// <summary>
    /// Begin, work, commit; on a retryable failure (<see cref="Neo4jException.IsRetryable"/>: Neo.TransientError.*, a lost
    /// connection, an expired routing choice, an expired authorization; an unreachable server only with <see cref="BoltDriverOptions.RetryWhenUnreachable"/>)
    /// the transaction is rolled back and the whole unit runs again on a fresh or verified connection after an exponentially
    /// growing, jittered pause, until <see cref="BoltDriverOptions.MaxTransactionRetryTime"/> has passed. Any other failure,
    /// and cancellation, surfaces at once. The work must therefore be safe to run more than once: a connection lost after
    /// COMMIT was sent leaves unknown whether it committed, and the rerun finds out. Every attempt's BEGIN carries
    /// <paramref name="config"/>, so a timeout bounds each attempt on the server.
    /// </summary>
    public async Task<T> ExecuteAsync<T>(
        AccessMode mode, Func<BoltTransaction, CancellationToken, Task<T>> work, TransactionConfig config, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(config);
        var clock = Options.Clock;
        var started = clock.GetTimestamp();
        var delay = Options.RetryInitialDelay;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await using var transaction = await BeginAsync(mode, config, Messages.TelemetryApi.ManagedTransaction, cancellationToken).ConfigureAwait(false);
                var result = await work(transaction, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch (Neo4jException exception) when (ShouldRetry(exception))
            {
                if (clock.GetElapsedTime(started) + delay > Options.MaxTransactionRetryTime)
                {
                    // Out of time: the last failure surfaces as it is.
                    throw;
                }

                var jitter = 1 + (((Random.Shared.NextDouble() * 2) - 1) * JitterFraction);
                await Task.Delay(delay * jitter, clock, cancellationToken).ConfigureAwait(false);
                delay *= BackoffMultiplier;
            }
        }
    }

    private bool ShouldRetry(Neo4jException exception) =>
        exception.IsRetryable && (Options.RetryWhenUnreachable || exception is not ServiceUnavailableException { CouldNotConnect: true });
}
