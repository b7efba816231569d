using Graph.Analytics.Connections;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary>An entity linked to both sides of a connection, and the two links.</summary>
internal sealed class SharedNeighborGraphType : ObjectGraphType<SharedNeighbor>
{
    public SharedNeighborGraphType()
    {
        Name = "SharedNeighbor";
        Field<NonNullGraphType<EntityInterfaceGraphType>>("entity").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<RelationGraphType>>("viaA").Description("The relation that joins it to `a`.").Resolve(c => c.Source.ViaA);
        Field<NonNullGraphType<RelationGraphType>>("viaB").Description("The relation that joins it to `b`.").Resolve(c => c.Source.ViaB);
    }
}
