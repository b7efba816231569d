namespace Graph.Bolt.Messages;

/// <summary>RECORD (71, #messages-record): one row of values.</summary>
internal sealed class RecordMessage(IReadOnlyList<object?> values) : IResponseMessage
{
    public IReadOnlyList<object?> Values { get; } = values;

    public string Name => "RECORD";
}
