using Graph.Domain.Model;

namespace Graph.Domain.Store;

/// <summary>A search result; higher <paramref name="Score"/> ranks first (exact name, then prefix, then contained).</summary>
public sealed record SearchHit(Entity Entity, double Score);
