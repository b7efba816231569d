using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>An entity of a neighborhood and its distance in hops from the center.</summary>
public sealed record NeighborhoodNode(Entity Entity, int Distance);
