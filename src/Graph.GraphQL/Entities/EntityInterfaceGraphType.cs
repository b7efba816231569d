using Graph.Domain.Model;
using Graph.GraphQL.Relay;
using GraphQL.Types;

namespace Graph.GraphQL.Entities;

/// <summary>The <c>Entity</c> interface, implemented by one object type per <see cref="EntityKind"/>.</summary>
internal sealed class EntityInterfaceGraphType : InterfaceGraphType<Entity>
{
    public EntityInterfaceGraphType()
    {
        Name = "Entity";
        Description = "A node of the knowledge graph: a company, place, person, policy...";
        Interface<NodeInterfaceGraphType>();
        EntityFields.DeclareOn(this);
    }
}
