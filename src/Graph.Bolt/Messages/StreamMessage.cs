using Graph.Bolt.PackStream;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Messages;

/// <summary>
/// PULL (3F, #message-pull) and DISCARD (2F, #messages-discard): <c>{n, qid}</c>. <c>n = -1</c> means all records;
/// <c>qid</c> is left out for the last query run, which is the only one this client streams at a time.
/// </summary>
internal sealed class StreamMessage : IRequestMessage
{
    public const long All = -1;
    public const long LastQuery = -1;

    private readonly byte _tag;
    private readonly long _n;
    private readonly long _qid;

    private StreamMessage(string name, byte tag, long n, long qid)
    {
        Name = name;
        _tag = tag;
        _n = n;
        _qid = qid;
    }

    public string Name { get; }

    public static StreamMessage Pull(long n, long qid = LastQuery) => new("PULL", MessageTag.Pull, n, qid);

    public static StreamMessage Discard(long n, long qid = LastQuery) => new("DISCARD", MessageTag.Discard, n, qid);

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, _tag);
        writer.WriteMapHeader(_qid == LastQuery ? 1 : 2);
        writer.WriteString("n");
        writer.WriteInteger(_n);
        if (_qid != LastQuery)
        {
            writer.WriteString("qid");
            writer.WriteInteger(_qid);
        }
    }
}
