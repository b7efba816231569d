using Graph.Server.GraphQL.Scalars;
using GraphQL.Types;

namespace Graph.Server.GraphQL.Queries;

/// <summary>Filters for the per-kind list fields.</summary>
internal sealed class EntityFilterInputGraphType : InputObjectGraphType<EntityFilter>
{
    public EntityFilterInputGraphType()
    {
        Name = "EntityFilter";
        Description = "Narrows a list of entities. All given conditions must hold.";
        Field<StringGraphType>("nameContains").Description("Case-insensitive part of the name or an alias.");
        Field<StringGraphType>("subtype").Description("E.g. city, province, government, university.");
        Field<IdGraphType>("locatedIn").Description("Only entities located (or events held) in this place.");
        Field<IsoDateGraphType>("from").Description("Only entities whose dates reach this day or later.");
        Field<IsoDateGraphType>("to").Description("Only entities whose dates start on this day or earlier.");
    }
}
