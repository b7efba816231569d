using Graph.Bolt.PackStream;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Messages;

/// <summary>LOGON (6A, Bolt 5.1+, #messages-logon): the auth token as one dictionary.</summary>
internal sealed class LogonMessage(BoltAuth auth) : IRequestMessage
{
    public string Name => "LOGON";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, MessageTag.Logon);
        writer.WriteMapHeader(auth.EntryCount);
        auth.WriteEntries(writer);
    }
}
