using Graph.Bolt.PackStream;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Messages;

/// <summary>BEGIN (11, #messages-begin): opens an explicit transaction.</summary>
internal sealed class BeginMessage(TransactionExtra extra) : IRequestMessage
{
    public string Name => "BEGIN";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, MessageTag.Begin);
        extra.Write(writer);
    }
}
