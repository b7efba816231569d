namespace Graph.Bolt.Messages;

/// <summary>IGNORED (7E, #messages-ignored): the server skipped the request because an earlier one failed.</summary>
internal sealed class IgnoredMessage : IResponseMessage
{
    public static IgnoredMessage Instance { get; } = new();

    private IgnoredMessage()
    {
    }

    public string Name => "IGNORED";
}
