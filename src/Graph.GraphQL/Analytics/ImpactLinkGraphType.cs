using Graph.Analytics.Impact;
using Graph.GraphQL.Provenance;
using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary>One link of an impact chain with the spans that state it.</summary>
internal sealed class ImpactLinkGraphType : ObjectGraphType<ImpactLink>
{
    public ImpactLinkGraphType()
    {
        Name = "ImpactLink";
        Field<NonNullGraphType<RelationGraphType>>("relation").Resolve(c => c.Source.Relation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentionGraphType>>>>("evidence")
            .Description("The document spans that state this link.")
            .Resolve(c => c.Source.Evidence);
    }
}
