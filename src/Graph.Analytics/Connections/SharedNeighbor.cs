using Graph.Domain.Model;

namespace Graph.Analytics.Connections;

/// <summary>An entity linked to both: <paramref name="ViaA"/> joins it to the first, <paramref name="ViaB"/> to the second.</summary>
public sealed record SharedNeighbor(Entity Entity, Relation ViaA, Relation ViaB);
