using GraphQL.Types;

namespace Graph.GraphQL.Filtering;

/// <summary>Operators on a text field; every given operator must hold.</summary>
internal sealed class StringFilterInputGraphType : InputObjectGraphType
{
    public StringFilterInputGraphType()
    {
        Name = "StringFilter";
        Description = "Conditions on a text field, compared exactly (by code point); all given operators must hold.";
        Field<StringGraphType>("eq").Description("Equal to this.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("Equal to one of these.");
        Field<StringGraphType>("contains").Description("Contains this.");
        Field<StringGraphType>("startsWith").Description("Starts with this.");
    }
}
