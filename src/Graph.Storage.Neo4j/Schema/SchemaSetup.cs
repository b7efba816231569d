using Graph.Bolt;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;
using Graph.Storage.Neo4j.Faults;
using Microsoft.Extensions.Logging;

namespace Graph.Storage.Neo4j.Schema;

/// <summary>
/// Puts the schema in place: the constraints and indexes of schema/neo4j (each IF NOT EXISTS, each in its own auto-commit
/// transaction, since schema commands cannot share one), then a wait for the indexes to come online. Each attempt is
/// bounded by <see cref="Neo4jGraphStoreOptions.SchemaTimeout"/>. The first runs at start-up; when the server cannot be
/// reached then, later attempts run in the background (woken early, at most once a second, by the calls that find the
/// schema missing) until one succeeds, so no request ever runs schema commands or waits for an index, and a probe that
/// gives up cannot cancel them half-way. Until the commands have succeeded, writes and health checks report the store
/// unavailable (writes rely on the uniqueness constraints); reads go to the server as they are.
/// </summary>
internal sealed class SchemaSetup : IAsyncDisposable
{
    private static readonly TimeSpan MinimumSpacing = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);

    private readonly BoltDriver _driver;
    private readonly Neo4jGraphStoreOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _attempt = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _settled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _startLock = new();
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _background;
    private bool _disposed;
    private volatile bool _applied;
    private volatile Exception? _lastFailure;

    public SchemaSetup(BoltDriver driver, Neo4jGraphStoreOptions options, TimeProvider clock, ILogger logger)
    {
        _driver = driver;
        _options = options;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>Completes once the successful attempt is over, the wait for the indexes included (whatever its outcome).</summary>
    public Task Settled => _settled.Task;

    /// <summary>The constraints and indexes are created (the wait for the indexes may still be running).</summary>
    public bool IsApplied => _applied;

    /// <summary>
    /// The start-up attempt, in the caller's time. An unreachable server is logged and left to the background attempts;
    /// anything else (wrong credentials, a schema the server refuses) surfaces, since no retry will fix it.
    /// </summary>
    public async Task ApplyAtStartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await AttemptAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (GraphStoreUnavailableException exception)
        {
            _lastFailure = exception;
            StoreLog.UnreachableAtStart(_logger, StoreFaults.Describe(_options.Uri), exception);
            StartBackground();
        }
    }

    /// <summary>While the schema is missing, makes sure the background attempts run and wakes them (never sooner than a second apart).</summary>
    public void Nudge()
    {
        if (!IsApplied)
        {
            StartBackground();
            Volatile.Read(ref _wake).TrySetResult();
        }
    }

    /// <summary>Throws <see cref="GraphStoreUnavailableException"/> while the schema is missing, and wakes the background attempts.</summary>
    public void ThrowIfNotApplied()
    {
        if (IsApplied)
        {
            return;
        }

        Nudge();
        var last = _lastFailure;
        throw new GraphStoreUnavailableException(
            $"Neo4j at {StoreFaults.Describe(_options.Uri)} is unavailable: the schema is not applied yet" +
            (last is null ? " (the first attempt is under way)." : $" ({last.Message})"),
            last ?? new InvalidOperationException("The schema has not been applied."));
    }

    /// <summary>Stops the background attempts (the host may dispose the store more than once).</summary>
    public async ValueTask DisposeAsync()
    {
        Task? background;
        lock (_startLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            background = _background;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        if (background is not null)
        {
            await background.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stopping.Dispose();
    }

    private void StartBackground()
    {
        lock (_startLock)
        {
            if (_background is null && !_disposed)
            {
                _background = Task.Run(RetryInBackgroundAsync);
            }
        }
    }

    private async Task RetryInBackgroundAsync()
    {
        var pause = MinimumSpacing;
        var stopping = _stopping.Token;
        while (!IsApplied && !stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(MinimumSpacing, _clock, stopping).ConfigureAwait(false);
                if (pause > MinimumSpacing)
                {
                    await Volatile.Read(ref _wake).Task.WaitAsync(pause - MinimumSpacing, _clock, stopping)
                        .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }

                Interlocked.Exchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                await AttemptAsync(stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is GraphStoreUnavailableException or Neo4jException)
            {
                // Wrong credentials and refused schema commands are retried too: they can be fixed on the server's side.
                _lastFailure = exception;
                StoreLog.SchemaNotApplied(_logger, StoreFaults.Describe(_options.Uri), exception.Message, exception);
                pause = pause * 2 > LongestPause ? LongestPause : pause * 2;
            }
        }
    }

    /// <summary>One attempt: the schema commands, then (off every request) the wait for the indexes.</summary>
    private async Task AttemptAsync(CancellationToken cancellationToken)
    {
        await _attempt.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (IsApplied)
            {
                return;
            }

            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(_options.SchemaTimeout);
            try
            {
                foreach (var statement in CypherCatalog.SchemaStatements)
                {
                    await RunAsync(statement, limit.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw StoreFaults.Unavailable(
                    _options.Uri, $"the schema was not applied within {_options.SchemaTimeout.TotalSeconds} s", exception);
            }
            catch (Exception exception) when (StoreFaults.AsUnavailable(exception, _options.Uri, cancellationToken) is { } unavailable)
            {
                throw unavailable;
            }

            _applied = true;
            StoreLog.SchemaApplied(_logger, StoreFaults.Describe(_options.Uri));
            await AwaitIndexesAsync(limit.Token, cancellationToken).ConfigureAwait(false);
            await SetMissingNameKeysAsync(limit.Token, cancellationToken).ConfigureAwait(false);
            _settled.TrySetResult();
        }
        finally
        {
            _attempt.Release();
        }
    }

    /// <summary>Waits for the indexes (so the first search uses the full-text index); a failure here only delays that.</summary>
    private async Task AwaitIndexesAsync(CancellationToken limit, CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync(CypherCatalog.AwaitIndexes, limit).ConfigureAwait(false);
            StoreLog.IndexesOnline(_logger, StoreFaults.Describe(_options.Uri));
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is Neo4jException or OperationCanceledException)
        {
            StoreLog.IndexesNotOnline(_logger, StoreFaults.Describe(_options.Uri), exception.Message, exception);
        }
    }

    /// <summary>
    /// Gives entities written before the pinyin sort key existed their key (ICU computes it here, not in Cypher), a batch
    /// per auto-commit query. A database written with the key finds none in one index-free look-up that returns nothing;
    /// a failure or the schema timeout only leaves the rest for the next start.
    /// </summary>
    private async Task SetMissingNameKeysAsync(CancellationToken limit, CancellationToken cancellationToken)
    {
        const long Batch = 10_000;
        try
        {
            while (true)
            {
                List<Dictionary<string, object?>> rows;
                await using (var missing = await _driver.RunAsync(
                                 CypherCatalog.EntitiesWithoutNameKey, new Dictionary<string, object?> { ["batch"] = Batch }, cancellationToken: limit)
                             .ConfigureAwait(false))
                {
                    rows = (await missing.ToListAsync(limit).ConfigureAwait(false))
                        .Select(r => new Dictionary<string, object?> { ["id"] = r["id"], ["nameKey"] = NameSortKey.Pinyin((string)r["name"]!) })
                        .ToList();
                }

                if (rows.Count == 0)
                {
                    return;
                }

                await using var set = await _driver.RunAsync(
                        CypherCatalog.SetNameKeys, new Dictionary<string, object?> { ["rows"] = rows }, cancellationToken: limit)
                    .ConfigureAwait(false);
                await set.ConsumeAsync(limit).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is Neo4jException or OperationCanceledException)
        {
            StoreLog.NameKeysIncomplete(_logger, StoreFaults.Describe(_options.Uri), exception.Message, exception);
        }
    }

    private async Task RunAsync(string statement, CancellationToken cancellationToken)
    {
        await using var result = await _driver.RunAsync(statement, cancellationToken: cancellationToken).ConfigureAwait(false);
        await result.ConsumeAsync(cancellationToken).ConfigureAwait(false);
    }
}
