using Graph.Bolt;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j;

/// <summary>
/// The store contract over Neo4j: entities are <c>:Entity</c> nodes also labelled with their kind, relations are
/// relationships of the domain's types, observations, mentions and documents are nodes of their own. Every statement is
/// in <see cref="CypherCatalog"/>; reads run in managed read transactions (retried on transient errors), a batch in one
/// managed write transaction.
/// </summary>
internal sealed partial class Neo4jGraphStore : IGraphStore, IAsyncDisposable, IDisposable
{
    private readonly BoltDriver _driver;
    private readonly Neo4jGraphStoreOptions _options;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _initialization = new(1, 1);
    private volatile bool _initialized;

    public Neo4jGraphStore(BoltDriver driver, Neo4jGraphStoreOptions options, TimeProvider? clock = null)
    {
        _driver = driver;
        _options = options;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Applies the schema (constraints and indexes, each IF NOT EXISTS) and waits for the indexes to come online.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
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
        }
        finally
        {
            _initialization.Release();
        }
    }

    public async Task CheckHealthAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync(CypherCatalog.Health, [], cancellationToken).ConfigureAwait(false);

    public ValueTask DisposeAsync() => _driver.DisposeAsync();

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task<List<BoltRecord>> QueryAsync(string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        RequireInitialized();
        return await _driver.ExecuteReadAsync(
            async (tx, ct) =>
            {
                var result = await tx.RunAsync(statement, parameters, ct).ConfigureAwait(false);
                return await result.ToListAsync(ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    private void RequireInitialized()
    {
        if (!_initialized)
        {
            throw ThrowHelper.NotInitialized();
        }
    }
}
