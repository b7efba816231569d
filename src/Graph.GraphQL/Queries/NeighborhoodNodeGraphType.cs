using Graph.Domain.Store;
using Graph.GraphQL.Entities;
using GraphQL.Types;

namespace Graph.GraphQL.Queries;

/// <summary>An entity of a neighborhood and how many hops it lies from the center.</summary>
internal sealed class NeighborhoodNodeGraphType : ObjectGraphType<NeighborhoodNode>
{
    public NeighborhoodNodeGraphType()
    {
        Name = "NeighborhoodNode";
        Field<NonNullGraphType<EntityInterfaceGraphType>>("entity").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<IntGraphType>>("distance").Resolve(c => c.Source.Distance);
    }
}
