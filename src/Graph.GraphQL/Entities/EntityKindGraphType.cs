using Graph.Domain.Model;
using GraphQL.Types;

namespace Graph.GraphQL.Entities;

/// <summary>The kinds of entity, as a GraphQL enum (COMPANY, PLACE...).</summary>
internal sealed class EntityKindGraphType : EnumerationGraphType<EntityKind>
{
    public EntityKindGraphType()
    {
        Name = "EntityKind";
        Description = "What an entity is.";
    }
}
