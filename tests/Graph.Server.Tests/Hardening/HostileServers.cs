using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Hardening;

/// <summary>The two services the catalogue runs against, each its own process on Kestrel with the sample graph.</summary>
public sealed class HostileServers : IAsyncLifetime
{
    public const string SigningKey = "a-signing-key-of-at-least-32-bytes!!";
    public const string Issuer = "https://issuer.test";
    public const string Audience = "graph-tests";

    // Rate limits have their own tests; here they would only make a long catalogue depend on its own pace.
    private static readonly Dictionary<string, string> Unlimited = new()
    {
        ["Graph:RateLimit:MutationsPerMinute"] = "0",
        ["Graph:RateLimit:ExpensiveQueriesPerMinute"] = "0",
    };

    public ServerProcess Open { get; } = new() { Settings = new(Unlimited) };

    public ServerProcess Closed { get; } = new()
    {
        Settings = new(Unlimited)
        {
            ["Graph:Auth:RequireKeyForReads"] = "true",
            ["Graph:Limits:AllowIntrospection"] = "false",
            ["Graph:Auth:Jwt:SigningKey"] = SigningKey,
            ["Graph:Auth:Jwt:Issuer"] = Issuer,
            ["Graph:Auth:Jwt:Audience"] = Audience,
        },
    };

    public ServerProcess this[HostileServer server] => server == HostileServer.Open ? Open : Closed;

    public Task InitializeAsync() => Task.WhenAll(Open.InitializeAsync(), Closed.InitializeAsync());

    public Task DisposeAsync() => Task.WhenAll(Open.DisposeAsync(), Closed.DisposeAsync());
}
