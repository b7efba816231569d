using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.GraphQL.Subscriptions;

/// <summary>One entity touched by a committed document.</summary>
internal sealed record EntityChange(EntityId Entity, EntityChangeKind Kind, DocumentInfo Document);
