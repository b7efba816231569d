namespace Graph.Bolt;

/// <summary>Settings of a <see cref="BoltDriver"/>.</summary>
public sealed class BoltDriverOptions
{
    /// <summary>
    /// The database to use; null for the server's default (or the user's home) database. A routed driver resolves that
    /// one from its first routing table and keeps it for its lifetime, as a session of the official drivers does.
    /// </summary>
    public string? Database { get; set; }

    /// <summary>Connections per server, idle and in use together.</summary>
    public int MaxConnectionPoolSize { get; set; } = 100;

    /// <summary>How long an acquire waits for a free connection when the pool is at its maximum.</summary>
    public TimeSpan ConnectionAcquisitionTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>TCP connect, TLS, handshake and authentication together.</summary>
    public TimeSpan ConnectionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A connection idle longer than this is checked with a RESET round trip before reuse; null never checks.</summary>
    public TimeSpan? IdleTimeBeforeConnectionTest { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long that liveness check may take before the connection is discarded.</summary>
    public TimeSpan LivenessCheckTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Connections older than this are closed instead of reused.</summary>
    public TimeSpan MaxConnectionLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Records asked for per PULL; the rest of a result is fetched as the caller consumes it. -1 fetches all at once.</summary>
    public long FetchSize { get; set; } = 1000;

    /// <summary>Managed transactions stop retrying transient failures after this long.</summary>
    public TimeSpan MaxTransactionRetryTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The first pause between retries; each later one doubles, with ±20 % jitter.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Whether managed transactions also retry when no connection could be opened at all
    /// (<see cref="ServiceUnavailableException.CouldNotConnect"/>). True, as in the official drivers, rides out a short outage
    /// within <see cref="MaxTransactionRetryTime"/>; false fails at once, which suits callers with their own deadline that
    /// would rather say "unavailable" now than time out later. A connection lost mid-work is retried either way.
    /// </summary>
    public bool RetryWhenUnreachable { get; set; } = true;

    /// <summary>
    /// How long the clean-up after a failure or an abandoned result may take (RESET, ROLLBACK, DISCARD) before the connection
    /// is dropped instead: a server that stopped answering must not hold a caller that is only tidying up.
    /// </summary>
    public TimeSpan CleanupTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Sent in HELLO as <c>user_agent</c>.</summary>
    public string UserAgent { get; set; } = "Graph.Bolt/1.0";

    /// <summary>The clock for pool ages, routing-table expiry and retry pauses (tests substitute their own).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;
}
