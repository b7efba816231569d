using System.Web;

namespace Graph.Bolt.Connection;

/// <summary>
/// A driver URI. <c>bolt://</c> talks to one server; <c>neo4j://</c> routes (asks the server for a routing table and
/// sends reads and writes to the servers it names). <c>+s</c> adds TLS with certificate validation, <c>+ssc</c> TLS
/// accepting a self-signed certificate. Query parameters of a <c>neo4j://</c> URI are the routing context.
/// </summary>
internal sealed record BoltUri(ServerAddress Address, bool Routing, bool Encrypted, bool TrustAnyCertificate, IReadOnlyDictionary<string, string> RoutingContext)
{
    public static BoltUri Parse(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var (routing, encrypted, trustAny) = uri.Scheme.ToLowerInvariant() switch
        {
            "bolt" => (false, false, false),
            "bolt+s" => (false, true, false),
            "bolt+ssc" => (false, true, true),
            "neo4j" => (true, false, false),
            "neo4j+s" => (true, true, false),
            "neo4j+ssc" => (true, true, true),
            _ => throw new ArgumentException($"Unsupported URI scheme '{uri.Scheme}'; use bolt, bolt+s, bolt+ssc, neo4j, neo4j+s or neo4j+ssc.", nameof(uri)),
        };
        var address = new ServerAddress(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? ServerAddress.DefaultPort : uri.Port);
        var context = new Dictionary<string, string>(StringComparer.Ordinal) { ["address"] = address.ToString() };
        if (!string.IsNullOrEmpty(uri.Query))
        {
            if (!routing)
            {
                throw new ArgumentException("Routing context (query parameters) is only allowed with neo4j:// URIs.", nameof(uri));
            }

            var query = HttpUtility.ParseQueryString(uri.Query);
            foreach (var key in query.AllKeys)
            {
                if (key is null || key == "address")
                {
                    throw new ArgumentException("The routing context cannot set 'address' or an empty key.", nameof(uri));
                }

                context[key] = query[key] ?? string.Empty;
            }
        }

        return new BoltUri(address, routing, encrypted, trustAny, context);
    }
}
