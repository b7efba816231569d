using System.Collections.Concurrent;
using Graph.Bolt.Connection;
using Graph.Bolt.Messages;

namespace Graph.Bolt.Routing;

/// <summary>
/// <c>neo4j://</c>: client-side routing. Each database has a routing table fetched with ROUTE from a router (the URI's
/// server at first) and refreshed when it expires or runs out of servers for a role. Reads go to READ servers, writes to
/// WRITE servers, spread round-robin. A server that cannot be reached is forgotten; one that answers "not a leader" is
/// forgotten as a writer; both failures surface as <see cref="SessionExpiredException"/> so managed transactions retry on
/// another server.
/// </summary>
internal sealed class RoutingConnectionProvider : IConnectionProvider
{
    private const string DefaultDatabaseKey = "";

    private readonly ServerAddress _seed;
    private readonly IReadOnlyDictionary<string, string> _context;
    private readonly PoolRegistry _pools;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, RoutingTable> _tables = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private int _roundRobin;
    private volatile string? _homeDatabase;

    public RoutingConnectionProvider(ServerAddress seed, IReadOnlyDictionary<string, string> context, PoolRegistry pools, TimeProvider clock)
    {
        _seed = seed;
        _context = context;
        _pools = pools;
        _clock = clock;
    }

    /// <summary>
    /// A connection to a server of the database for the mode. With no database named, the first routing table's <c>db</c>
    /// (the user's home database, #messages-route, 4.4+) is pinned for the provider's lifetime and named in every later
    /// ROUTE and in the lease, so BEGIN and RUN go to the database whose servers were chosen even if the home database is
    /// changed meanwhile: what a session of the official drivers does once it has resolved its database.
    /// </summary>
    public async Task<ConnectionLease> AcquireAsync(
        AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        database ??= _homeDatabase;
        var table = await GetTableAsync(mode, database, bookmarks, cancellationToken).ConfigureAwait(false);
        database ??= _homeDatabase;
        var servers = mode == AccessMode.Read ? table.Readers : table.Writers;
        var start = Interlocked.Increment(ref _roundRobin);
        for (var i = 0; i < servers.Count; i++)
        {
            var address = servers[(int)((uint)(start + i) % servers.Count)];
            var pool = _pools.Get(address);
            try
            {
                var connection = await pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
                return new ConnectionLease(connection, pool, this, mode, database);
            }
            catch (ServiceUnavailableException)
            {
                Forget(address);
            }
        }

        throw new SessionExpiredException($"No {(mode == AccessMode.Read ? "reader" : "writer")} of database '{database ?? "(default)"}' could be reached.");
    }

    public Exception OnFailure(ConnectionLease lease, Exception exception)
    {
        switch (exception)
        {
            case ServiceUnavailableException:
                Forget(lease.Connection.Address);
                return new SessionExpiredException($"The connection to {lease.Connection.Address} was lost.", exception);
            case Neo4jException neo4j when ErrorClassifier.IsNotALeader(neo4j.Code):
                ForgetWriter(lease.Connection.Address, lease.Database);
                return new SessionExpiredException($"{lease.Connection.Address} no longer accepts writes: {neo4j.Message}", exception);
            default:
                return exception;
        }
    }

    public ValueTask DisposeAsync() => _pools.DisposeAsync();

    private async Task<RoutingTable> GetTableAsync(
        AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var key = database ?? DefaultDatabaseKey;
        if (_tables.TryGetValue(key, out var table) && !table.IsStaleFor(mode, _clock.GetUtcNow()))
        {
            return table;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_tables.TryGetValue(key, out table) && !table.IsStaleFor(mode, _clock.GetUtcNow()))
            {
                return table;
            }

            table = await FetchAsync(table, database, bookmarks, cancellationToken).ConfigureAwait(false);
            if (database is null && table.Database is { Length: > 0 } home)
            {
                _homeDatabase ??= home;
                key = home;
            }

            _tables[key] = table;
            return table;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Asks the known routers in turn, then the URI's server, for a fresh table.</summary>
    private async Task<RoutingTable> FetchAsync(
        RoutingTable? previous, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var routers = (previous?.Routers ?? []).Append(_seed).Distinct().ToList();
        var failures = new List<Exception>();
        foreach (var router in routers)
        {
            var pool = _pools.Get(router);
            BoltConnection? connection = null;
            try
            {
                connection = await pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
                connection.Enqueue(new RouteMessage(_context, bookmarks, database));
                await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
                var success = await connection.ReadSuccessAsync(cancellationToken).ConfigureAwait(false);
                return RoutingTable.Parse(success, _clock.GetUtcNow());
            }
            catch (Exception exception) when (exception is ServiceUnavailableException or IgnoredException)
            {
                failures.Add(exception);
                Forget(router);
            }
            catch (Neo4jException) when (connection is not null && !connection.IsBroken)
            {
                // A client error (e.g. the database does not exist) will be the same on every router.
                await connection.ResetAsync(cancellationToken).ConfigureAwait(false);
                throw;
            }
            finally
            {
                if (connection is not null)
                {
                    await pool.ReleaseAsync(connection).ConfigureAwait(false);
                }
            }
        }

        throw new ServiceUnavailableException(
            $"Could not fetch a routing table for database '{database ?? "(default)"}' from {string.Join(", ", routers)}.",
            failures.Count > 0 ? new AggregateException(failures) : null,
            couldNotConnect: failures.All(f => f is ServiceUnavailableException { CouldNotConnect: true }));
    }

    private void Forget(ServerAddress address)
    {
        foreach (var (key, table) in _tables)
        {
            _tables.TryUpdate(key, table.Without(address), table);
        }
    }

    private void ForgetWriter(ServerAddress address, string? database)
    {
        var key = database ?? DefaultDatabaseKey;
        if (_tables.TryGetValue(key, out var table))
        {
            _tables.TryUpdate(key, table.WithoutWriter(address), table);
        }
    }
}
