using GraphQL.Types;

namespace Graph.GraphQL.Scalars;

/// <summary>A calendar date, ISO 8601 <c>yyyy-MM-dd</c>.</summary>
internal sealed class IsoDateGraphType : DateOnlyGraphType
{
    public IsoDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date in ISO 8601 form, e.g. 2025-03-31.";
    }
}
