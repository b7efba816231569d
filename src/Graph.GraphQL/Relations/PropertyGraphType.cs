using GraphQL.Types;

namespace Graph.GraphQL.Relations;

/// <summary>A key and value of a relation's properties.</summary>
internal sealed class PropertyGraphType : ObjectGraphType<KeyValuePair<string, string>>
{
    public PropertyGraphType()
    {
        Name = "Property";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(c => c.Source.Value);
    }
}
