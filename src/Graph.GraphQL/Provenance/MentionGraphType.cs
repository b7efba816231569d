using Graph.Domain.Model;
using Graph.GraphQL.Articles;
using Graph.GraphQL.Entities;
using Graph.GraphQL.Loading;
using Graph.GraphQL.Scalars;
using GraphQL;
using GraphQL.Types;

namespace Graph.GraphQL.Provenance;

/// <summary>
/// Where a fact was read: an article and a span of its source document, with the span's text as a snippet when the store
/// keeps the document's text.
/// </summary>
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
        Field<SnippetGraphType>("snippet")
            .Description(
                "The span in its text, with `context` UTF-16 code units on each side (at most Graph:Limits:MaxSnippetContext). Null when " +
                "the store does not keep the document's text (Graph:Store:KeepText off, or the bundled sample graph, which holds offsets only).")
            .Argument<NonNullGraphType<IntGraphType>>("context", a => a.DefaultValue = 40)
            .Resolve(c =>
            {
                var context = c.Bounded("context", 0, c.Limits().MaxSnippetContext);
                var span = c.Source.Span;
                return c.Loaders().Texts.Load(c.Source.DocumentHash).Select(text => text is null ? null : TextSnippet.Cut(text, span, context));
            });
        Field<StringGraphType>("articleTitle")
            .Description("The title of the article the span lies in.")
            .Resolve(c => c.Loaders().Entities.Load(c.Source.Article).Select(article => article?.Name));
        Field<StringGraphType>("documentTitle")
            .Description("The title of the source document; null when it has none (a newsletter of many articles).")
            .Resolve(c => c.Loaders().Documents.Load(c.Source.DocumentHash).Select(document => document?.Title));
        Field<IsoDateGraphType>("publishedAt")
            .Description("The publication date of the source document.")
            .Resolve(c => c.Loaders().Documents.Load(c.Source.DocumentHash).Select(document => document?.PublishedAt));
    }
}
