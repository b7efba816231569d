using Graph.Bolt.PackStream;

namespace Graph.Bolt.Messages;

/// <summary>A request: one PackStream structure whose tag is the message signature.</summary>
internal interface IRequestMessage
{
    /// <summary>The message's name for logs and errors (never its parameters or credentials).</summary>
    string Name { get; }

    void Write(PackStreamWriter writer);
}
