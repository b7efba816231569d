namespace Graph.Bolt;

/// <summary>A structure this client does not map to a .NET type (an unknown tag, or a date outside .NET's range).</summary>
public sealed record BoltStructure(byte Tag, IReadOnlyList<object?> Fields);
