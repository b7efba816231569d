using Graph.Bolt.PackStream;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Messages;

/// <summary>
/// The requests without fields: RESET (0F), GOODBYE (02), COMMIT (12), ROLLBACK (13) and LOGOFF (6B)
/// (https://neo4j.com/docs/bolt/current/bolt/message/#messages).
/// </summary>
internal sealed class EmptyMessage : IRequestMessage
{
    public static readonly EmptyMessage Reset = new("RESET", MessageTag.Reset);
    public static readonly EmptyMessage Goodbye = new("GOODBYE", MessageTag.Goodbye);
    public static readonly EmptyMessage Commit = new("COMMIT", MessageTag.Commit);
    public static readonly EmptyMessage Rollback = new("ROLLBACK", MessageTag.Rollback);
    public static readonly EmptyMessage Logoff = new("LOGOFF", MessageTag.Logoff);

    private readonly byte _tag;

    private EmptyMessage(string name, byte tag)
    {
        Name = name;
        _tag = tag;
    }

    public string Name { get; }

    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, _tag);
}
