namespace Graph.Bolt.Messages;

/// <summary>A server message: a summary (SUCCESS, FAILURE, IGNORED) or a detail (RECORD).</summary>
internal interface IResponseMessage
{
    string Name { get; }
}
