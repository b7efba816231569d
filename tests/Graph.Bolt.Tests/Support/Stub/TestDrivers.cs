namespace Graph.Bolt.Tests.Support.Stub;

/// <summary>Drivers aimed at a scripted server, with timeouts short enough that a broken conversation fails in milliseconds.</summary>
internal static class TestDrivers
{
    public static BoltDriver For(StubServer server, Action<BoltDriverOptions>? configure = null, string scheme = "bolt") =>
        For(server.Uri(scheme), configure);

    public static BoltDriver For(Uri uri, Action<BoltDriverOptions>? configure = null)
    {
        var options = new BoltDriverOptions
        {
            ConnectionTimeout = TimeSpan.FromSeconds(2),
            ConnectionAcquisitionTimeout = TimeSpan.FromSeconds(2),
            IdleTimeBeforeConnectionTest = null,
            RetryInitialDelay = TimeSpan.FromMilliseconds(1),
            MaxTransactionRetryTime = TimeSpan.FromSeconds(5),
            UserAgent = "Graph.Tests/1.0",
        };
        configure?.Invoke(options);
        return BoltDriver.Create(uri, BoltAuth.Basic("neo4j", "password"), options);
    }

    public static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);
}
