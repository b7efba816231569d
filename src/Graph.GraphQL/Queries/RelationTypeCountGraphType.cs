using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.Queries;

/// <summary>A facet: relations of one type.</summary>
internal sealed class RelationTypeCountGraphType : ObjectGraphType<RelationTypeCount>
{
    public RelationTypeCountGraphType()
    {
        Name = "RelationTypeCount";
        Field<NonNullGraphType<RelationTypeGraphType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => Counts.ToInt(c.Source.Count));
    }
}
