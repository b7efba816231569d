using Graph.Domain.Model;
using Graph.Server.GraphQL.Articles;
using Graph.Server.GraphQL.Entities;
using GraphQL.Types;

namespace Graph.Server.GraphQL.Provenance;

/// <summary>Where a fact was read: an article and a span of its source document. The graph keeps offsets, not text.</summary>
internal sealed class MentionGraphType : ObjectGraphType<Mention>
{
    public MentionGraphType()
    {
        Name = "Mention";
        Description = "A span of a source document that states a fact. Offsets count UTF-16 code units of the document as ingested.";
        Field<NonNullGraphType<ArticleGraphType>>("article").Resolve(c => c.Loaders().Entities.Load(c.Source.Article));
        Field<NonNullGraphType<DocumentGraphType>>("document").Resolve(c => c.Loaders().Documents.Load(c.Source.DocumentHash));
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(c => c.Source.Span.Start);
        Field<NonNullGraphType<IntGraphType>>("length").Resolve(c => c.Source.Span.Length);
        Field<NonNullGraphType<IntGraphType>>("end").Description("start + length.").Resolve(c => c.Source.Span.End);
    }
}
