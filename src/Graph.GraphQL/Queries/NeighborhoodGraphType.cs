using Graph.Domain.Store;
using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.Queries;

/// <summary>The entities within k hops of a center and the relations among them.</summary>
internal sealed class NeighborhoodGraphType : ObjectGraphType<Neighborhood>
{
    /// <summary>The relations among the nodes: read only when a query selects this field.</summary>
    public const string EdgesField = "edges";

    public NeighborhoodGraphType()
    {
        Name = "Neighborhood";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeighborhoodNodeGraphType>>>>("nodes")
            .Description("The center (distance 0) and every entity reached, nearest first.")
            .Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>(EdgesField)
            .Description("Relations among the nodes.")
            .Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<BooleanGraphType>>("truncated")
            .Description("True when the node limit cut the neighborhood short.")
            .Resolve(c => c.Source.Truncated);
    }
}
