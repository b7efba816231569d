using Graph.GraphQL.Scalars;
using GraphQL.Types;

namespace Graph.GraphQL.Filtering;

/// <summary>Operators on a date field; every given operator must hold.</summary>
internal sealed class DateFilterInputGraphType : InputObjectGraphType
{
    public DateFilterInputGraphType()
    {
        Name = "DateFilter";
        Description = "Conditions on a date; all given operators must hold. An entity without the date matches none, nor their NOT.";
        Field<IsoDateGraphType>("eq");
        Field<ListGraphType<NonNullGraphType<IsoDateGraphType>>>("in");
        Field<IsoDateGraphType>("gt");
        Field<IsoDateGraphType>("gte");
        Field<IsoDateGraphType>("lt");
        Field<IsoDateGraphType>("lte");
    }
}
