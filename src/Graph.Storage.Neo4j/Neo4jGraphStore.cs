using Graph.Bolt;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Faults;
using Graph.Storage.Neo4j.Mapping;
using Graph.Storage.Neo4j.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Storage.Neo4j;

/// <summary>
/// The store contract over Neo4j: entities are <c>:Entity</c> nodes also labelled with their kind, relations are
/// relationships of the domain's types, observations, mentions and documents are nodes of their own. Every statement is
/// in <see cref="CypherCatalog"/>; reads run in managed read transactions (retried on transient errors and lost
/// connections) bounded on the server by <see cref="Neo4jGraphStoreOptions.ReadTimeout"/>, a batch in one managed write
/// transaction. A server that cannot answer, or answers outside the protocol, is reported as
/// <see cref="GraphStoreUnavailableException"/> (see <see cref="StoreFaults"/>), including at start-up, which then goes
/// on without it and applies the schema in the background (<see cref="SchemaSetup"/>); health checks and writes report
/// the store unavailable until it is in place.
/// </summary>
internal sealed partial class Neo4jGraphStore : IGraphStore, IAsyncDisposable, IDisposable
{
    private readonly BoltDriver _driver;
    private readonly Neo4jGraphStoreOptions _options;
    private readonly TimeProvider _clock;
    private readonly SchemaSetup _schema;
    private readonly TransactionConfig _readTransaction;
    private readonly TransactionConfig _exportTransaction;

    public Neo4jGraphStore(BoltDriver driver, Neo4jGraphStoreOptions options, TimeProvider? clock = null, ILogger? logger = null)
    {
        _driver = driver;
        _options = options;
        _clock = clock ?? TimeProvider.System;
        _schema = new SchemaSetup(driver, options, _clock, logger ?? NullLogger.Instance);
        _readTransaction = new TransactionConfig { Timeout = options.ReadTimeout };
        _exportTransaction = new TransactionConfig { Timeout = options.ExportTimeout };
    }

    /// <summary>Completes once the schema is applied and the wait for its indexes is over (tests wait for background attempts with it).</summary>
    internal Task SchemaSettled => _schema.Settled;

    /// <summary>
    /// Applies the schema (constraints and indexes, each IF NOT EXISTS) and waits for the indexes to come online, within
    /// <see cref="Neo4jGraphStoreOptions.SchemaTimeout"/>. A server that cannot be reached (or does not speak Bolt as
    /// Neo4j does) is logged and left for later: the host starts, readiness fails, and background attempts apply the
    /// schema once it answers. Wrong credentials and a schema the server refuses fail here, clearly.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _schema.ApplyAtStartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException exception)
        {
            throw new InvalidOperationException(
                $"The Neo4j store at {StoreFaults.Describe(_options.Uri)} (user '{_options.User}') could not start: {exception.Message}",
                exception);
        }
    }

    /// <summary>
    /// One read round trip, with a bound of its own (<see cref="Neo4jGraphStoreOptions.HealthCheckTimeout"/>) so that a
    /// server that accepts connections but no longer answers is reported unavailable rather than holding the probe.
    /// Unavailable too while the schema is not applied, and when the answer is not the one row Neo4j always returns.
    /// </summary>
    public async Task CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_options.HealthCheckTimeout);
        _schema.ThrowIfNotApplied();
        try
        {
            await QuerySingleAsync(CypherCatalog.Health, nameof(CypherCatalog.Health), [], limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw StoreFaults.Unavailable(
                _options.Uri, $"no answer to a health check within {_options.HealthCheckTimeout.TotalSeconds} s", exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _schema.DisposeAsync().ConfigureAwait(false);
        await _driver.DisposeAsync().ConfigureAwait(false);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private Task<List<BoltRecord>> QueryAsync(string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        ReadAsync(statement, parameters, records => records, cancellationToken);

    /// <summary>A read whose statement always yields exactly one row in Neo4j (an aggregate); any other answer is a protocol error.</summary>
    private async Task<BoltRecord> QuerySingleAsync(
        string statement, string name, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        await ReadAsync(statement, parameters, records => Records.Single(records, name), cancellationToken).ConfigureAwait(false);

    private Task<T> ReadAsync<T>(
        string statement, Dictionary<string, object?> parameters, Func<List<BoltRecord>, T> read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return GuardAsync(
            ct => _driver.ExecuteReadAsync(
                async (tx, token) =>
                {
                    var result = await tx.RunAsync(statement, parameters, token).ConfigureAwait(false);
                    return read(await result.ToListAsync(token).ConfigureAwait(false));
                },
                _readTransaction,
                ct),
            cancellationToken);
    }

    /// <summary>
    /// Runs a store operation, reporting an unreachable server as unavailable. A write needs the schema in place (its
    /// MERGEs and locks rely on the uniqueness constraints) and is refused as unavailable until then; a read goes ahead.
    /// Either way a missing schema wakes the background attempts.
    /// </summary>
    private async Task<T> GuardAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken, bool write = false)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (write)
        {
            _schema.ThrowIfNotApplied();
        }
        else
        {
            _schema.Nudge();
        }

        try
        {
            return await operation(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (StoreFaults.Translate(exception, _options.Uri, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }
}
