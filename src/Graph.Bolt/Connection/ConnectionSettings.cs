namespace Graph.Bolt.Connection;

/// <summary>What every new connection needs: credentials, TLS, HELLO's fields and timeouts.</summary>
internal sealed record ConnectionSettings(
    BoltAuth Auth,
    string UserAgent,
    IReadOnlyDictionary<string, string>? RoutingContext,
    bool Encrypted,
    bool TrustAnyCertificate,
    TimeSpan ConnectTimeout,
    TimeProvider Clock);
