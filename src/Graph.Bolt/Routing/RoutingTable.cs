using Graph.Bolt.Connection;
using Graph.Bolt.Messages;

namespace Graph.Bolt.Routing;

/// <summary>
/// A database's servers by role, valid until <see cref="ExpiresAt"/> (ROUTE's <c>rt</c>: <c>ttl</c> in seconds, <c>db</c>,
/// and <c>servers</c> with roles ROUTE, READ and WRITE; #messages-route).
/// </summary>
internal sealed record RoutingTable(
    string? Database,
    IReadOnlyList<ServerAddress> Routers,
    IReadOnlyList<ServerAddress> Readers,
    IReadOnlyList<ServerAddress> Writers,
    DateTimeOffset ExpiresAt)
{
    /// <summary>Stale when expired, or when it has no server for the mode or no router left.</summary>
    public bool IsStaleFor(AccessMode mode, DateTimeOffset now) =>
        now >= ExpiresAt || Routers.Count == 0 || (mode == AccessMode.Read ? Readers.Count == 0 : Writers.Count == 0);

    public RoutingTable Without(ServerAddress address) => this with
    {
        Routers = Routers.Where(a => a != address).ToList(),
        Readers = Readers.Where(a => a != address).ToList(),
        Writers = Writers.Where(a => a != address).ToList(),
    };

    public RoutingTable WithoutWriter(ServerAddress address) => this with { Writers = Writers.Where(a => a != address).ToList() };

    public static RoutingTable Parse(SuccessMessage success, DateTimeOffset now)
    {
        if (success.Metadata.GetValueOrDefault("rt") is not IReadOnlyDictionary<string, object?> rt ||
            rt.GetValueOrDefault("ttl") is not long ttl || rt.GetValueOrDefault("servers") is not IReadOnlyList<object?> servers)
        {
            throw new BoltProtocolException("The ROUTE reply has no routing table.");
        }

        var byRole = new Dictionary<string, List<ServerAddress>>(StringComparer.Ordinal)
        {
            ["ROUTE"] = [], ["READ"] = [], ["WRITE"] = [],
        };
        foreach (var server in servers.OfType<IReadOnlyDictionary<string, object?>>())
        {
            if (server.GetValueOrDefault("role") is string role && byRole.TryGetValue(role, out var list) &&
                server.GetValueOrDefault("addresses") is IReadOnlyList<object?> addresses)
            {
                list.AddRange(addresses.OfType<string>().Select(ServerAddress.Parse));
            }
        }

        return new RoutingTable(rt.GetValueOrDefault("db") as string, byRole["ROUTE"], byRole["READ"], byRole["WRITE"], now.AddSeconds(ttl));
    }
}
