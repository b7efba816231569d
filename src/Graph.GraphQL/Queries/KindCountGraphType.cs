using Graph.GraphQL.Entities;
using GraphQL.Types;

namespace Graph.GraphQL.Queries;

/// <summary>A facet: entities of one kind.</summary>
internal sealed class KindCountGraphType : ObjectGraphType<KindCount>
{
    public KindCountGraphType()
    {
        Name = "KindCount";
        Field<NonNullGraphType<EntityKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => Counts.ToInt(c.Source.Count));
    }
}
