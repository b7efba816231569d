namespace Graph.Bolt.Messages;

/// <summary>SUCCESS (70, #messages-success): metadata whose keys depend on the request.</summary>
internal sealed class SuccessMessage(IReadOnlyDictionary<string, object?> metadata) : IResponseMessage
{
    public static SuccessMessage Empty { get; } = new(new Dictionary<string, object?>());

    public IReadOnlyDictionary<string, object?> Metadata { get; } = metadata;

    public string Name => "SUCCESS";

    /// <summary>PULL and DISCARD: more records remain (#message-pull, default false).</summary>
    public bool HasMore => Metadata.TryGetValue("has_more", out var value) && value is true;

    public string? GetString(string key) => Metadata.TryGetValue(key, out var value) ? value as string : null;
}
