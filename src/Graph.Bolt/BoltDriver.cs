using Graph.Bolt.Connection;
using Graph.Bolt.Messages;
using Graph.Bolt.Routing;

namespace Graph.Bolt;

/// <summary>
/// The entry point: connection pools for a <c>bolt://</c> server or a routed <c>neo4j://</c> cluster, auto-commit queries,
/// explicit transactions and managed (retried) transactions. Thread-safe; create one per application and dispose it at
/// the end (idle connections are closed with GOODBYE).
/// </summary>
public sealed partial class BoltDriver : IAsyncDisposable
{
    private readonly IConnectionProvider _provider;
    private readonly BookmarkHolder _bookmarks = new();
    private int _disposed;

    private BoltDriver(IConnectionProvider provider, BoltDriverOptions options)
    {
        _provider = provider;
        Options = options;
    }

    public BoltDriverOptions Options { get; }

    /// <summary>The bookmark of the latest transaction this driver committed; every later transaction waits for it.</summary>
    public IReadOnlyList<string> Bookmarks => _bookmarks.Current;

    internal IConnectionProvider Provider => _provider;

    /// <summary>Creates a driver; no connection is opened until the first piece of work (or <see cref="VerifyConnectivityAsync"/>).</summary>
    public static BoltDriver Create(Uri uri, BoltAuth auth, BoltDriverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(auth);
        options ??= new BoltDriverOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConnectionPoolSize, 1);
        if (options.FetchSize == 0 || options.FetchSize < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.FetchSize, "FetchSize is positive, or -1 for all records.");
        }

        var target = BoltUri.Parse(uri);
        var connection = new ConnectionSettings(
            auth, options.UserAgent, target.Routing ? target.RoutingContext : null, target.Encrypted, target.TrustAnyCertificate,
            options.ConnectionTimeout, options.Clock);
        var pool = new PoolSettings(
            options.MaxConnectionPoolSize, options.ConnectionAcquisitionTimeout, options.IdleTimeBeforeConnectionTest,
            options.MaxConnectionLifetime, options.LivenessCheckTimeout);
        var pools = new PoolRegistry(pool, connection);
        IConnectionProvider provider = target.Routing
            ? new RoutingConnectionProvider(target.Address, target.RoutingContext, pools, options.Clock)
            : new DirectConnectionProvider(target.Address, pools);
        return new BoltDriver(provider, options);
    }

    /// <summary>Opens (or reuses) a connection, which proves address, TLS, protocol version and credentials.</summary>
    public async Task VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        await using var lease = await AcquireAsync(AccessMode.Read, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs an auto-commit query (its own transaction). RUN and PULL go out in one write; the result streams. On a failed
    /// RUN the server answers PULL with IGNORED and the connection is RESET before it returns to the pool.
    /// </summary>
    public Task<BoltResult> RunAsync(
        string query,
        IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write,
        CancellationToken cancellationToken = default) =>
        RunAsync(query, parameters, mode, TransactionConfig.Default, cancellationToken);

    /// <summary>Runs an auto-commit query with its own transaction settings (a timeout, say).</summary>
    public async Task<BoltResult> RunAsync(
        string query,
        IReadOnlyDictionary<string, object?>? parameters,
        AccessMode mode,
        TransactionConfig config,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(config);
        var lease = await AcquireAsync(mode, cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        try
        {
            SendTelemetry(connection, TelemetryApi.AutoCommitTransaction);
            connection.Enqueue(new RunMessage(query, parameters, Extra(lease, config)));
            connection.Enqueue(StreamMessage.Pull(Options.FetchSize));
            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            await ReadTelemetryAsync(connection, cancellationToken).ConfigureAwait(false);
            var run = await connection.ReadSuccessAsync(cancellationToken).ConfigureAwait(false);
            return new BoltResult(
                connection, BoltTransaction.Fields(run), Options.FetchSize, Options.CleanupTimeout, lease.Fail,
                (success, error) => FinishAutoCommitAsync(lease, success, error));
        }
        catch (Exception exception)
        {
            await FinishAutoCommitAsync(lease, null, exception).ConfigureAwait(false);
            throw lease.Fail(exception is IgnoredException ? new BoltProtocolException("RUN was ignored by the server.") : exception);
        }
    }

    /// <summary>Begins an explicit transaction; the caller commits or rolls back (disposing rolls back).</summary>
    public Task<BoltTransaction> BeginTransactionAsync(AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default) =>
        BeginAsync(mode, TransactionConfig.Default, TelemetryApi.ExplicitTransaction, cancellationToken);

    /// <summary>Begins an explicit transaction with its own settings (a timeout, say).</summary>
    public Task<BoltTransaction> BeginTransactionAsync(AccessMode mode, TransactionConfig config, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        return BeginAsync(mode, config, TelemetryApi.ExplicitTransaction, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _provider.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<BoltTransaction> BeginAsync(AccessMode mode, TransactionConfig config, TelemetryApi api, CancellationToken cancellationToken)
    {
        var lease = await AcquireAsync(mode, cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        try
        {
            SendTelemetry(connection, api);
            connection.Enqueue(new BeginMessage(Extra(lease, config)));
            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            await ReadTelemetryAsync(connection, cancellationToken).ConfigureAwait(false);
            await connection.ReadSuccessAsync(cancellationToken).ConfigureAwait(false);
            return new BoltTransaction(lease, _bookmarks, Options.FetchSize, Options.CleanupTimeout);
        }
        catch (Exception exception)
        {
            await RecoverAsync(connection).ConfigureAwait(false);
            await lease.DisposeAsync().ConfigureAwait(false);
            throw lease.Fail(exception is IgnoredException ? new BoltProtocolException("BEGIN was ignored by the server.") : exception);
        }
    }

    private Task<ConnectionLease> AcquireAsync(AccessMode mode, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        cancellationToken.ThrowIfCancellationRequested();
        return _provider.AcquireAsync(mode, Options.Database, _bookmarks.Current, cancellationToken);
    }

    /// <summary>
    /// The lease's database rather than the configured one: for a routed driver with no database configured it is the home
    /// database the first routing table named, so every transaction goes to the database whose servers were chosen.
    /// </summary>
    private TransactionExtra Extra(ConnectionLease lease, TransactionConfig config) =>
        new(_bookmarks.Current, config.Timeout, Database: lease.Database, Mode: lease.Mode);

    private async ValueTask FinishAutoCommitAsync(ConnectionLease lease, SuccessMessage? success, Exception? error)
    {
        if (error is null)
        {
            _bookmarks.Update(success?.GetString("bookmark"));
        }
        else
        {
            await RecoverAsync(lease.Connection).ConfigureAwait(false);
        }

        await lease.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// After a FAILURE the server ignores everything until RESET (#messages-reset); a broken connection is just dropped, and
    /// so is one whose RESET takes longer than <see cref="BoltDriverOptions.CleanupTimeout"/>.
    /// </summary>
    private async Task RecoverAsync(BoltConnection connection)
    {
        if (connection.IsBroken)
        {
            return;
        }

        try
        {
            using var limit = new CancellationTokenSource(Options.CleanupTimeout);
            await connection.ResetAsync(limit.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is Neo4jException or OperationCanceledException or IgnoredException)
        {
            connection.Broken(exception);
        }
    }

    private static void SendTelemetry(BoltConnection connection, TelemetryApi api)
    {
        if (connection.TelemetryEnabled)
        {
            connection.Enqueue(new TelemetryMessage(api));
        }
    }

    private static async Task ReadTelemetryAsync(BoltConnection connection, CancellationToken cancellationToken)
    {
        if (connection.TelemetryEnabled)
        {
            await connection.ReadSuccessAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
