using Graph.Domain.Model;

namespace Graph.Analytics.Connections;

/// <summary>How two entities are linked.</summary>
/// <param name="Direct">Relations between the two themselves.</param>
/// <param name="SharedNeighbors">Entities other than events and articles linked to both (a city, a body, an industry).</param>
/// <param name="SharedEvents">Events both took part in, were held at, or organized.</param>
/// <param name="SharedArticles">Articles that mention both (co-mention), always reported here, never as a shared neighbor.</param>
/// <param name="Truncated">True when one of them has more relations than were read, so shared ones may be missing.</param>
public sealed record ConnectionExplanation(
    Entity A,
    Entity B,
    IReadOnlyList<Relation> Direct,
    IReadOnlyList<SharedNeighbor> SharedNeighbors,
    IReadOnlyList<SharedNeighbor> SharedEvents,
    IReadOnlyList<SharedNeighbor> SharedArticles,
    bool Truncated)
{
    /// <summary>Entities named beside each of the two in some article (two articles, or one): co-mention one step removed.</summary>
    public IReadOnlyList<CoMention> CoMentioned { get; init; } = [];
}
