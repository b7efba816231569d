using Graph.Analytics.Facets;
using Graph.GraphQL.Queries;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary>Counts for drawing filters.</summary>
internal sealed class FacetsGraphType : ObjectGraphType<FacetSet>
{
    /// <summary>Counts of relation types: the relations are read only when a query selects this field.</summary>
    public const string RelationTypesField = "relationTypes";

    public FacetsGraphType()
    {
        Name = "Facets";
        Description = "Counts by entity kind and relation type over a search or a neighborhood, most frequent first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindCountGraphType>>>>("kinds")
            .Resolve(c => c.Source.Kinds.Select(f => new KindCount(f.Value, f.Count)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationTypeCountGraphType>>>>(RelationTypesField)
            .Resolve(c => c.Source.RelationTypes.Select(f => new RelationTypeCount(f.Value, f.Count)));
        Field<NonNullGraphType<IntGraphType>>("sampled").Description("Entities counted.").Resolve(c => c.Source.Sampled);
        Field<NonNullGraphType<BooleanGraphType>>("complete")
            .Description("False when a bound cut the sample, so the counts are lower bounds.")
            .Resolve(c => c.Source.Complete);
    }
}
