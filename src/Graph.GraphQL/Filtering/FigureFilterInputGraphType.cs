using Graph.GraphQL.Observations;
using Graph.GraphQL.Scalars;
using GraphQL.Types;

namespace Graph.GraphQL.Filtering;

/// <summary><c>figures: { some: { indicator, value, from, to, includeTargets } }</c>.</summary>
internal sealed class FigureFilterInputGraphType : InputObjectGraphType
{
    public FigureFilterInputGraphType()
    {
        Name = "FigureFilter";
        Description = "The entity is the subject of a figure of this indicator whose base-unit value (`normalizedValue`) " +
                      "compares as `value` says, in a period overlapping [from, to].";
        Field<IdGraphType>("indicator");
        Field<NonNullGraphType<NumberFilterInputGraphType>>("value");
        Field<IsoDateGraphType>("from");
        Field<IsoDateGraphType>("to");
        Field<BooleanGraphType>("includeTargets").Description(ObservationFields.IncludeTargetsDescription).DefaultValue(true);
    }
}
