using Graph.Domain.Identity;

namespace Graph.GraphQL.Loading;

/// <summary>The relations of one entity in one slice.</summary>
internal sealed record RelationKey(EntityId Entity, RelationSlice Slice);
