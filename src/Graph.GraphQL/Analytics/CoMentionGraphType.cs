using Graph.Analytics.Connections;
using Graph.GraphQL.Articles;
using Graph.GraphQL.Entities;
using GraphQL.Types;

namespace Graph.GraphQL.Analytics;

/// <summary>An entity named beside each side of a connection, and the two articles.</summary>
internal sealed class CoMentionGraphType : ObjectGraphType<CoMention>
{
    public CoMentionGraphType()
    {
        Name = "CoMention";
        Description = "An entity named in an article beside `a` and in an article beside `b`: co-mention, not a relation.";
        Field<NonNullGraphType<EntityInterfaceGraphType>>("entity").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<ArticleGraphType>>("articleWithA").Description("An article that names it and `a`.").Resolve(c => c.Source.ArticleWithA);
        Field<NonNullGraphType<ArticleGraphType>>("articleWithB").Description("An article that names it and `b`.").Resolve(c => c.Source.ArticleWithB);
    }
}
