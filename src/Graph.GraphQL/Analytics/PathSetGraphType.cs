using Graph.Analytics.Paths;
using Graph.GraphQL.Queries;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary>Shortest and near-shortest paths.</summary>
internal sealed class PathSetGraphType : ObjectGraphType<PathSet>
{
    public PathSetGraphType()
    {
        Name = "PathSet";
        Description = "Simple paths between two entities, ignoring direction: the shortest ones first, then those one link longer.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathGraphType>>>>("paths").Resolve(c => c.Source.Paths);
        Field<IntGraphType>("shortestLength")
            .Description("Null when no path lies within `maxLength`.")
            .Resolve(c => c.Source.ShortestLength);
        Field<NonNullGraphType<BooleanGraphType>>("truncated")
            .Description("True when a hub's fan-out or the visit bound limited the search, so paths may be missing.")
            .Resolve(c => c.Source.Truncated);
    }
}
