using Graph.GraphQL.Queries;
using Graph.GraphQL.Scalars;
using GraphQL.Types;

namespace Graph.GraphQL.Filtering;

/// <summary>
/// The <c>where</c> input of one kind's list (<c>CompanyFilter</c>...): the fields every entity has (name and aliases,
/// IDs, relations, and <c>and</c>/<c>or</c>/<c>not</c> of the same type) and the <see cref="KindFilterFields"/> the kind's
/// entities carry, so a field of another kind fails validation. The fields keep the names and meaning they have on
/// <c>EntityFilter</c>, so <see cref="EntityFilterReader"/> reads either into the same store conditions and limits.
/// </summary>
internal abstract class KindFilterInputGraphType<TSelf> : InputObjectGraphType
    where TSelf : KindFilterInputGraphType<TSelf>
{
    protected KindFilterInputGraphType(
        string name, string plural, KindFilterFields fields, string? locatedIn = null, KindDates? dates = null)
    {
        Name = name;
        Description = $"Narrows the list of {plural}. All given conditions must hold; `and`, `or` and `not` combine filters of " +
                      "this type. Size, depth and list lengths are bounded (Graph:Limits:MaxFilter*; LIMIT_EXCEEDED).";
        Field<StringGraphType>("nameContains").Description("Case-insensitive part of the name or of an alias.");
        Field<StringFilterInputGraphType>("name").Description("Conditions on the canonical name (exact, by code point).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("ids").Description($"Only these {plural} (global IDs).");
        if (fields.HasFlag(KindFilterFields.Subtype))
        {
            Field<StringGraphType>("subtype").Description("Only this subtype (see the type's `subtype` field).");
            Field<StringFilterInputGraphType>("subtypeMatches").Description("Conditions on the subtype.");
        }

        if (dates is { } meaning)
        {
            Field<IsoDateGraphType>("from").Description($"Only {plural} whose {meaning.Span} reaches this day or later.");
            Field<IsoDateGraphType>("to").Description($"Only {plural} whose {meaning.Span} starts on this day or earlier.");
            Field<DateFilterInputGraphType>("startDate")
                .Description($"Conditions on {meaning.Start}; {plural} without one match none, nor its NOT.");
            if (meaning.End is { } end)
            {
                Field<DateFilterInputGraphType>("endDate")
                    .Description($"Conditions on {end}; {plural} without one match none, nor its NOT.");
            }
        }

        if (fields.HasFlag(KindFilterFields.Location))
        {
            Field<IdGraphType>("locatedIn")
                .Description(locatedIn ?? $"Only {plural} located directly in this place (LOCATED_IN); see `within` for the hierarchy.");
            Field<IdGraphType>("within")
                .Description($"Only {plural} in this place or in a place under it (LOCATED_IN / HELD_IN / PART_OF, then LOCATED_IN / " +
                             "PART_OF between places), at most Graph:Limits:MaxWithinDepth links away.");
        }

        if (fields.HasFlag(KindFilterFields.Figures))
        {
            Field<FigureFilterInputGraphType>("figures")
                .Description($"Only {plural} that are the subject of at least one figure that matches.");
        }

        Field<RelationFilterInputGraphType>("relations").Description("Conditions on relations and the entities at their other ends.");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and").Description("Every one of these holds.");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("or").Description("At least one of these holds.");
        Field<TSelf>("not").Description("This does not hold.");
    }
}
