namespace Graph.Bolt;

/// <summary>A relationship without its ends, as carried inside a path (Bolt structure <c>UnboundRelationship</c>, tag 72).</summary>
public sealed record BoltUnboundRelationship(long Id, string Type, IReadOnlyDictionary<string, object?> Properties, string ElementId);
