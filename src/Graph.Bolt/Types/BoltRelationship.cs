namespace Graph.Bolt;

/// <summary>A relationship as returned by the server (Bolt structure <c>Relationship</c>, tag 52).</summary>
public sealed record BoltRelationship(
    long Id,
    long StartNodeId,
    long EndNodeId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties,
    string ElementId,
    string StartNodeElementId,
    string EndNodeElementId);
