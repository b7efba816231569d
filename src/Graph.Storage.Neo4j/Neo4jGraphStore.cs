using Graph.Bolt;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Faults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Storage.Neo4j;

/// <summary>
/// The store contract over Neo4j: entities are <c>:Entity</c> nodes also labelled with their kind, relations are
/// relationships of the domain's types, observations, mentions and documents are nodes of their own. Every statement is
/// in <see cref="CypherCatalog"/>; reads run in managed read transactions (retried on transient errors and lost
/// connections), a batch in one managed write transaction. A server that cannot answer is reported as
/// <see cref="GraphStoreUnavailableException"/> (see <see cref="StoreFaults"/>), including at start-up, which then goes on
/// without it and applies the schema on first contact.
/// </summary>
internal sealed partial class Neo4jGraphStore : IGraphStore, IAsyncDisposable, IDisposable
{
    private readonly BoltDriver _driver;
    private readonly Neo4jGraphStoreOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _initialization = new(1, 1);
    private volatile bool _initialized;

    public Neo4jGraphStore(BoltDriver driver, Neo4jGraphStoreOptions options, TimeProvider? clock = null, ILogger? logger = null)
    {
        _driver = driver;
        _options = options;
        _clock = clock ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Applies the schema (constraints and indexes, each IF NOT EXISTS) and waits for the indexes to come online. A server
    /// that cannot be reached is logged and left for later: the host starts, readiness fails, and the first call that
    /// reaches the server applies the schema. Anything else (wrong credentials, not a Bolt server, a schema the server
    /// refuses) fails here, clearly, because no retry will fix it.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (GraphStoreUnavailableException exception)
        {
            StoreLog.UnreachableAtStart(_logger, StoreFaults.Describe(_options.Uri), exception);
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
    /// </summary>
    public async Task CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_options.HealthCheckTimeout);
        try
        {
            await QueryAsync(CypherCatalog.Health, [], limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw StoreFaults.Unavailable(
                _options.Uri, $"no answer to a health check within {_options.HealthCheckTimeout.TotalSeconds} s", exception);
        }
    }

    public ValueTask DisposeAsync() => _driver.DisposeAsync();

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task<List<BoltRecord>> QueryAsync(
        string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await GuardAsync(
            ct => _driver.ExecuteReadAsync(
                async (tx, token) =>
                {
                    var result = await tx.RunAsync(statement, parameters, token).ConfigureAwait(false);
                    return await result.ToListAsync(token).ConfigureAwait(false);
                },
                ct),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a store operation once the schema is in place, reporting an unreachable server as unavailable.</summary>
    private async Task<T> GuardAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await operation(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (StoreFaults.AsUnavailable(exception, _options.Uri, cancellationToken) is { } unavailable)
        {
            throw unavailable;
        }
    }

    /// <summary>Applies the schema the first time the server answers; later calls find it done.</summary>
    private async Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_initialized)
        {
            return;
        }

        await _initialization.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            // Schema commands cannot share a transaction with other work, so each runs on its own.
            foreach (var statement in CypherCatalog.SchemaStatements.Append(CypherCatalog.AwaitIndexes))
            {
                await using var result = await _driver.RunAsync(statement, cancellationToken: cancellationToken).ConfigureAwait(false);
                await result.ConsumeAsync(cancellationToken).ConfigureAwait(false);
            }

            _initialized = true;
            StoreLog.SchemaApplied(_logger, StoreFaults.Describe(_options.Uri));
        }
        catch (Exception exception) when (StoreFaults.AsUnavailable(exception, _options.Uri, cancellationToken) is { } unavailable)
        {
            throw unavailable;
        }
        finally
        {
            _initialization.Release();
        }
    }
}
