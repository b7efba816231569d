using Graph.Domain.Model;

namespace Graph.Analytics.Connections;

/// <summary>
/// An entity named in an article beside the first entity (<paramref name="ArticleWithA"/>) and in an article beside the second
/// (<paramref name="ArticleWithB"/>): a link by co-mention only, which says two texts touch the same thing, not that the two
/// entities are related.
/// </summary>
public sealed record CoMention(Entity Entity, Entity ArticleWithA, Entity ArticleWithB);
