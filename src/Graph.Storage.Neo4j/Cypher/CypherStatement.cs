namespace Graph.Storage.Neo4j.Cypher;

/// <summary>A named Cypher statement; every statement the store or the export sends is one of these.</summary>
public sealed record CypherStatement(string Name, string Text);
