using GraphQL.Types;

namespace Graph.GraphQL.Filtering;

/// <summary>Operators on a number; exactly one may be given (it is tested on one figure).</summary>
internal sealed class NumberFilterInputGraphType : InputObjectGraphType
{
    public NumberFilterInputGraphType()
    {
        Name = "NumberFilter";
        Description = "One comparison with a number.";
        Field<FloatGraphType>("eq");
        Field<ListGraphType<NonNullGraphType<FloatGraphType>>>("in");
        Field<FloatGraphType>("gt");
        Field<FloatGraphType>("gte");
        Field<FloatGraphType>("lt");
        Field<FloatGraphType>("lte");
    }
}
