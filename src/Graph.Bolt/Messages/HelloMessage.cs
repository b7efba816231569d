using Graph.Bolt.PackStream;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Messages;

/// <summary>
/// HELLO (01, #messages-hello): one dictionary. Up to 5.0 it carries the auth token and, on 4.4, asks for the <c>utc</c>
/// patch; from 5.1 authentication moves to LOGON; from 5.3 it carries <c>bolt_agent</c>. <c>routing</c> is present only
/// for routing drivers (neo4j:// URIs) and holds the address first dialled plus the URI's query parameters.
/// </summary>
internal sealed class HelloMessage : IRequestMessage
{
    private readonly BoltVersion _version;
    private readonly string _userAgent;
    private readonly BoltAgent _agent;
    private readonly BoltAuth _auth;
    private readonly IReadOnlyDictionary<string, string>? _routing;

    public HelloMessage(BoltVersion version, string userAgent, BoltAgent agent, BoltAuth auth, IReadOnlyDictionary<string, string>? routing)
    {
        _version = version;
        _userAgent = userAgent;
        _agent = agent;
        _auth = auth;
        _routing = routing;
    }

    public string Name => "HELLO";

    public void Write(PackStreamWriter writer)
    {
        var withAuth = _version < BoltVersion.V5_1;
        var withAgent = _version >= BoltVersion.V5_3;
        var withPatch = _version == BoltVersion.V4_4;
        var entries = 1 + (withAuth ? _auth.EntryCount : 0) + (withAgent ? 1 : 0) + (_routing is null ? 0 : 1) + (withPatch ? 1 : 0);
        writer.WriteStructHeader(1, MessageTag.Hello);
        writer.WriteMapHeader(entries);
        writer.WriteString("user_agent");
        writer.WriteString(_userAgent);
        if (withAuth)
        {
            _auth.WriteEntries(writer);
        }

        if (withAgent)
        {
            writer.WriteString("bolt_agent");
            _agent.Write(writer);
        }

        if (_routing is not null)
        {
            writer.WriteString("routing");
            writer.WriteValue(_routing);
        }

        if (withPatch)
        {
            writer.WriteString("patch_bolt");
            writer.WriteListHeader(1);
            writer.WriteString("utc");
        }
    }
}
