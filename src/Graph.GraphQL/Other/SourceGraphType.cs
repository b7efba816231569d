using Graph.Domain.Model;
using Graph.GraphQL.Articles;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Relations;
using GraphQL.Types;

namespace Graph.GraphQL.Other;

/// <summary>A publisher of articles (经济参考报, 辽宁省人民政府网).</summary>
internal sealed class SourceGraphType : EntityGraphType
{
    public SourceGraphType()
        : base(EntityKind.Source, "A publisher of articles.")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleGraphType>>>>("articles")
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = EntityFields.DefaultFirst)
            .Resolve(c => RelatedFields.Entities(c, RelationType.PublishedBy, RelationDirection.Incoming, c.First(), EntityKind.Article));
    }
}
