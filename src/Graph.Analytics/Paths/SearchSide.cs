using Graph.Domain.Identity;

namespace Graph.Analytics.Paths;

/// <summary>One side of the bidirectional search: the distance of every entity it reached and its current frontier.</summary>
internal sealed class SearchSide
{
    public SearchSide(EntityId origin)
    {
        Distances[origin] = 0;
        Frontier = [origin];
    }

    public Dictionary<EntityId, int> Distances { get; } = [];

    public List<EntityId> Frontier { get; set; }

    public int Depth { get; set; }
}
