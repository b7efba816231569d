using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>The nodes (with their hop distance) and the edges among them.</summary>
/// <param name="Truncated">True when the node limit cut the search short.</param>
public sealed record Neighborhood(IReadOnlyList<NeighborhoodNode> Nodes, IReadOnlyList<Relation> Edges, bool Truncated);
