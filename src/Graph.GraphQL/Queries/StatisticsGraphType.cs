using Graph.Domain.Store;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.Queries;

/// <summary>Counts over the whole graph.</summary>
internal sealed class StatisticsGraphType : ObjectGraphType<GraphStatistics>
{
    public StatisticsGraphType()
    {
        Name = "Statistics";
        Description = "Counts over the whole graph.";
        Field<NonNullGraphType<IntGraphType>>("entities").Resolve(c => Counts.ToInt(c.Source.Entities));
        Field<NonNullGraphType<IntGraphType>>("relations").Resolve(c => Counts.ToInt(c.Source.Relations));
        Field<NonNullGraphType<IntGraphType>>("observations").Resolve(c => Counts.ToInt(c.Source.Observations));
        Field<NonNullGraphType<IntGraphType>>("mentions").Resolve(c => Counts.ToInt(c.Source.Mentions));
        Field<NonNullGraphType<IntGraphType>>("documents").Resolve(c => Counts.ToInt(c.Source.Documents));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindCountGraphType>>>>("entitiesByKind")
            .Resolve(c => c.Source.EntitiesByKind.Where(p => p.Value > 0).OrderBy(p => p.Key).Select(p => new KindCount(p.Key, p.Value)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationTypeCountGraphType>>>>("relationsByType")
            .Resolve(c => c.Source.RelationsByType.Where(p => p.Value > 0).OrderBy(p => p.Key).Select(p => new RelationTypeCount(p.Key, p.Value)));
    }
}
