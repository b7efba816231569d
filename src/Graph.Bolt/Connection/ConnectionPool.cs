using System.Collections.Concurrent;
using System.Globalization;

namespace Graph.Bolt.Connection;

/// <summary>
/// The connections to one server. At most <see cref="PoolSettings.MaxSize"/> exist at once (idle or in use); an acquire
/// waits for a free slot at most <see cref="PoolSettings.AcquisitionTimeout"/>. Idle connections are reused newest
/// first; one older than the maximum lifetime is closed instead, and one idle longer than the test threshold must pass a
/// RESET round trip first. When a connection comes back lost (the server restarted, say), every connection that was idle
/// at that moment is suspect too and must pass the same round trip, so one dead connection costs one failed attempt
/// rather than one per pooled connection. When one comes back with its authorization expired, every connection opened
/// before it is closed rather than reused, so the next piece of work authenticates afresh (the official drivers do the
/// same: the Java driver by a minimum authentication time, the JavaScript one by dropping the pooled connections' tokens).
/// </summary>
internal sealed class ConnectionPool : IAsyncDisposable
{
    private readonly ServerAddress _address;
    private readonly PoolSettings _settings;
    private readonly Func<ServerAddress, CancellationToken, Task<BoltConnection>> _open;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentStack<BoltConnection> _idle = new();
    private volatile bool _disposed;
    private long _generation;
    private long _authorizationGeneration;

    public ConnectionPool(
        ServerAddress address, PoolSettings settings, Func<ServerAddress, CancellationToken, Task<BoltConnection>> open, TimeProvider clock)
    {
        _address = address;
        _settings = settings;
        _open = open;
        _clock = clock;
        _slots = new SemaphoreSlim(settings.MaxSize, settings.MaxSize);
    }

    public ServerAddress Address => _address;

    public int IdleCount => _idle.Count;

    public int InUseCount => _settings.MaxSize - _slots.CurrentCount - _idle.Count;

    public async Task<BoltConnection> AcquireAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!await _slots.WaitAsync(_settings.AcquisitionTimeout, cancellationToken).ConfigureAwait(false))
        {
            throw new ConnectionPoolTimeoutException(string.Create(
                CultureInfo.InvariantCulture,
                $"No connection to {_address} became free within {_settings.AcquisitionTimeout.TotalMilliseconds} ms " +
                $"(pool size {_settings.MaxSize}, all in use)."));
        }

        try
        {
            while (_idle.TryPop(out var connection))
            {
                bool reusable;
                try
                {
                    reusable = await IsReusableAsync(connection, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    // Cancelled in the middle of the liveness check: the connection's state is unknown, so it goes.
                    await connection.CloseAsync().ConfigureAwait(false);
                    throw;
                }

                if (reusable)
                {
                    return connection;
                }

                await connection.CloseAsync().ConfigureAwait(false);
            }

            var generation = Interlocked.Read(ref _authorizationGeneration);
            var opened = await _open(_address, cancellationToken).ConfigureAwait(false);
            opened.AuthorizationGeneration = generation;
            return opened;
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Gives a connection back: kept for reuse when healthy, closed otherwise. Frees its slot either way.</summary>
    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        try
        {
            if (connection.IsLost)
            {
                Interlocked.Increment(ref _generation);
            }

            if (connection.AuthorizationExpired)
            {
                Interlocked.Increment(ref _authorizationGeneration);
            }

            if (connection.IsBroken || connection.Pending != 0 || _disposed || IsTooOld(connection))
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
            else
            {
                connection.LastUsedAt = _clock.GetUtcNow();
                connection.IdleGeneration = Interlocked.Read(ref _generation);
                _idle.Push(connection);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Closes the idle connections (GOODBYE each); connections in use close when released.</summary>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryPop(out var connection))
        {
            await connection.CloseAsync().ConfigureAwait(false);
        }
    }

    private async Task<bool> IsReusableAsync(BoltConnection connection, CancellationToken cancellationToken)
    {
        if (connection.IsBroken || IsTooOld(connection) || connection.AuthorizationGeneration != Interlocked.Read(ref _authorizationGeneration))
        {
            return false;
        }

        var idle = _clock.GetUtcNow() - connection.LastUsedAt;
        var suspect = connection.IdleGeneration != Interlocked.Read(ref _generation) ||
                      (_settings.IdleTimeBeforeTest is { } threshold && idle > threshold);
        return !suspect || await connection.IsAliveAsync(_settings.LivenessTimeout, cancellationToken).ConfigureAwait(false);
    }

    private bool IsTooOld(BoltConnection connection) => _clock.GetUtcNow() - connection.CreatedAt > _settings.MaxLifetime;
}
