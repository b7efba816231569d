using Graph.Domain.Model;
using Graph.GraphQL.Relay;
using GraphQL.Types;

namespace Graph.GraphQL.Entities;

/// <summary>The base of each kind's object type: its name is the kind, and it matches entities of that kind only.</summary>
internal abstract class EntityGraphType : ObjectGraphType<Entity>
{
    protected EntityGraphType(EntityKind kind, string description)
    {
        Kind = kind;
        Name = kind.ToString();
        Description = description;
        IsTypeOf = value => value is Entity entity && entity.Kind == kind;
        Interface<NodeInterfaceGraphType>();
        Interface<EntityInterfaceGraphType>();
        EntityFields.AddTo(this);
    }

    public EntityKind Kind { get; }

    /// <summary>Adds <c>startDate</c> and <c>endDate</c>.</summary>
    protected void AddDates(string startDescription, string? endDescription = null)
    {
        Field<Scalars.IsoDateGraphType>("startDate").Description(startDescription).Resolve(c => c.Source.StartDate);
        if (endDescription is not null)
        {
            Field<Scalars.IsoDateGraphType>("endDate").Description(endDescription).Resolve(c => c.Source.EndDate);
        }
    }
}
