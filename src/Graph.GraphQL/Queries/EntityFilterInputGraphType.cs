using Graph.GraphQL.Entities;
using Graph.GraphQL.Filtering;
using Graph.GraphQL.Scalars;
using GraphQL.Types;

namespace Graph.GraphQL.Queries;

/// <summary>
/// Filters for the per-kind list fields, <c>search</c> and the other end of a relation filter. Read by
/// <see cref="EntityFilterReader"/> into the store's condition tree.
/// </summary>
internal sealed class EntityFilterInputGraphType : InputObjectGraphType
{
    public EntityFilterInputGraphType()
    {
        Name = "EntityFilter";
        Description = "Narrows a list of entities. All given conditions must hold; `and`, `or` and `not` combine filters. " +
                      "Size, depth and list lengths are bounded (Graph:Limits:MaxFilter*; LIMIT_EXCEEDED).";
        Field<StringGraphType>("nameContains").Description("Case-insensitive part of the name or an alias.");
        Field<StringGraphType>("subtype").Description("E.g. city, province, government, university.");
        Field<IdGraphType>("locatedIn").Description("Only entities located (or events held) directly in this place; see `within` for the hierarchy.");
        Field<IsoDateGraphType>("from").Description("Only entities whose dates reach this day or later.");
        Field<IsoDateGraphType>("to").Description("Only entities whose dates start on this day or earlier.");
        Field<StringFilterInputGraphType>("name").Description("Conditions on the canonical name (exact, by code point).");
        Field<StringFilterInputGraphType>("subtypeMatches").Description("Conditions on the subtype.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("ids").Description("Only these entities.");
        Field<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("kinds").Description("Only these kinds (for `search` and `other`).");
        Field<DateFilterInputGraphType>("startDate");
        Field<DateFilterInputGraphType>("endDate");
        Field<IdGraphType>("within")
            .Description("Only entities in this place or in a place under it (LOCATED_IN / HELD_IN / PART_OF, then LOCATED_IN / " +
                         "PART_OF between places), at most Graph:Limits:MaxWithinDepth links away.");
        Field<RelationFilterInputGraphType>("relations");
        Field<FigureFilterInputGraphType>("figures").Description("Only subjects of at least one figure that matches.");
        Field<ListGraphType<NonNullGraphType<EntityFilterInputGraphType>>>("and").Description("Every one of these holds.");
        Field<ListGraphType<NonNullGraphType<EntityFilterInputGraphType>>>("or").Description("At least one of these holds.");
        Field<EntityFilterInputGraphType>("not").Description("This does not hold.");
    }
}
