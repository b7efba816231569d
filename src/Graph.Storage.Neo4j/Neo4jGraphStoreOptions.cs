namespace Graph.Storage.Neo4j;

/// <summary>Settings of the Neo4j graph store (hosts usually fill them from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).</summary>
public sealed class Neo4jGraphStoreOptions
{
    /// <summary><c>bolt://</c> for one server, <c>neo4j://</c> for a routed cluster; <c>+s</c>/<c>+ssc</c> add TLS.</summary>
    public Uri Uri { get; set; } = new("bolt://localhost:7687");

    public string User { get; set; } = "neo4j";

    public string Password { get; set; } = string.Empty;

    /// <summary>The database; null or empty for the server's default.</summary>
    public string? Database { get; set; }

    /// <summary>
    /// Keep each document's text on its node, so evidence can be read as snippets (default on). Off, a batch's text is
    /// dropped and only facts and offsets are stored; texts stored earlier stay.
    /// </summary>
    public bool KeepText { get; set; } = true;

    /// <summary>Rows per <c>UNWIND $rows</c> statement when writing a batch (all in the batch's one transaction).</summary>
    public int WriteChunkSize { get; set; } = 1000;

    /// <summary>Connections per server. The relation export alone holds one per relationship type (12) while it runs.</summary>
    public int MaxConnectionPoolSize { get; set; } = 50;

    public TimeSpan ConnectionAcquisitionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// TCP connect, TLS, handshake and login together. Kept well below a GraphQL operation's timeout (15 s by default) so
    /// that a server that does not answer is reported as unavailable rather than as a timed-out query.
    /// </summary>
    public TimeSpan ConnectionTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Managed transactions give up retrying transient failures and lost connections after this long.</summary>
    public TimeSpan MaxTransactionRetryTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether a server that cannot be reached at all (connection refused, connect timeout) is retried within
    /// <see cref="MaxTransactionRetryTime"/>. Off by default: a restart takes longer than a caller should wait, so the store
    /// answers "unavailable" at once and the caller retries later. A connection lost mid-work is retried either way.
    /// </summary>
    public bool RetryWhenUnreachable { get; set; }

    /// <summary>The longest a health check may take; a server slower than this is reported as unavailable.</summary>
    public TimeSpan HealthCheckTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Sent with every read transaction (<c>tx_timeout</c>): the server terminates a read still running after this long,
    /// even one whose caller gave up long ago (Community's own <c>db.transaction.timeout</c> is 0, no limit). Above the
    /// GraphQL operation timeout, so the caller normally stops waiting first and this only reclaims the server's work.
    /// </summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The same bound for each export stream (a whole label read in ID order), which takes longer than a read.</summary>
    public TimeSpan ExportTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long one attempt to apply the schema (constraints and indexes, then the wait for the indexes) may take. An
    /// attempt that fails because the server is unreachable is repeated in the background, never on a request.
    /// </summary>
    public TimeSpan SchemaTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Records per PULL for the export streams.</summary>
    public long FetchSize { get; set; } = 1000;
}
