namespace Graph.Bolt;

/// <summary>A node as returned by the server (Bolt structure <c>Node</c>, tag 4E).</summary>
/// <param name="ElementId">The server's element ID (Bolt 5.0+); on 4.4 the numeric ID as text.</param>
public sealed record BoltNode(long Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties, string ElementId);
