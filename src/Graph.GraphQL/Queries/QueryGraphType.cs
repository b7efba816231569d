using GraphQL.Types;

namespace Graph.GraphQL.Queries;

/// <summary>The root query type; each area adds its fields.</summary>
internal sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType()
    {
        Name = "Query";
        NodeQueries.AddTo(this);
        SearchQueries.AddTo(this);
        EntityListQueries.AddTo(this);
        GraphQueries.AddTo(this);
        ObservationQueries.AddTo(this);
        Analytics.AnalyticsQueries.AddTo(this);
        Field<NonNullGraphType<StatisticsGraphType>>("statistics")
            .Description("Counts over the whole graph.")
            .ResolveAsync(async c => await c.Store().GetStatisticsAsync(c.CancellationToken).ConfigureAwait(false));
    }
}
