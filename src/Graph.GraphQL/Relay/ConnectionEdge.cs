namespace Graph.GraphQL.Relay;

/// <summary>One edge of a connection.</summary>
internal sealed record ConnectionEdge<T>(string Cursor, T Node);
