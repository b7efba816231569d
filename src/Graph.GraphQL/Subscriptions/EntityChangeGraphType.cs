using Graph.GraphQL.Entities;
using Graph.GraphQL.Provenance;
using GraphQL.Types;

namespace Graph.GraphQL.Subscriptions;

/// <summary>An event of <c>entityChanged</c>.</summary>
internal sealed class EntityChangeGraphType : ObjectGraphType<EntityChange>
{
    public EntityChangeGraphType()
    {
        Name = "EntityChange";
        Description = "An entity touched by a document the store has just committed.";
        Field<NonNullGraphType<EntityInterfaceGraphType>>("entity")
            .Description("The entity as it is now.")
            .Resolve(c => c.Loaders().Entities.Load(c.Source.Entity));
        Field<NonNullGraphType<EntityChangeKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DocumentGraphType>>("document").Description("The document that touched it.").Resolve(c => c.Source.Document);
    }
}
