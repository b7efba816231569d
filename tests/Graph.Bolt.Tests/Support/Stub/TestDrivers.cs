using System.Net;
using System.Net.Sockets;

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

    /// <summary>A bolt:// URI on a loopback port where nothing listens, so a connection attempt is refused at once.</summary>
    public static Uri NothingListening()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"bolt://127.0.0.1:{port}");
    }

    public static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);
}
