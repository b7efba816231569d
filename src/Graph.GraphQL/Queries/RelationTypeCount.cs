using Graph.Domain.Model;

namespace Graph.GraphQL.Queries;

/// <summary>How many relations of a type.</summary>
internal sealed record RelationTypeCount(RelationType Type, long Count);
