using Graph.Bolt.PackStream;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Messages;

/// <summary>
/// RUN (10, #messages-run): query, parameters, extra. Inside an explicit transaction the extra dictionary is empty; for an
/// auto-commit query it carries bookmarks, database and mode.
/// </summary>
internal sealed class RunMessage(string query, IReadOnlyDictionary<string, object?>? parameters, TransactionExtra extra) : IRequestMessage
{
    public string Name => "RUN";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(3, MessageTag.Run);
        writer.WriteString(query);
        if (parameters is null)
        {
            writer.WriteMapHeader(0);
        }
        else
        {
            writer.WriteValue(parameters);
        }

        extra.Write(writer);
    }
}
