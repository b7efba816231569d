using GraphQL.Types;

namespace Graph.GraphQL.Subscriptions;

/// <summary>The values of <see cref="EntityChangeKind"/>.</summary>
internal sealed class EntityChangeKindGraphType : EnumerationGraphType<EntityChangeKind>
{
    public EntityChangeKindGraphType()
    {
        Name = "EntityChangeKind";
        Description = "How a committed document touched an entity.";
    }
}
