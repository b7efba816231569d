using Graph.Domain.Model;

namespace Graph.GraphQL.Queries;

/// <summary>How many entities of a kind.</summary>
internal sealed record KindCount(EntityKind Kind, long Count);
