using Graph.Domain.Model;
using GraphQL.Types;

namespace Graph.GraphQL.Provenance;

/// <summary>A span of a document's text with its context, marked.</summary>
internal sealed class SnippetGraphType : ObjectGraphType<TextSnippet>
{
    public SnippetGraphType()
    {
        Name = "Snippet";
        Description =
            "The text of a span with up to `context` UTF-16 code units on each side, never splitting a character. `before`, `match` " +
            "and `after` are exact slices of the document; `marked` is the same for reading, with the span between ⟦ and ⟧, white " +
            "space collapsed and … where the text goes on.";
        Field<NonNullGraphType<StringGraphType>>("before").Description("The text before the span.").Resolve(c => c.Source.Before);
        Field<NonNullGraphType<StringGraphType>>("match").Description("The span itself.").Resolve(c => c.Source.Match);
        Field<NonNullGraphType<StringGraphType>>("after").Description("The text after the span.").Resolve(c => c.Source.After);
        Field<NonNullGraphType<StringGraphType>>("marked").Description("…before⟦match⟧after…").Resolve(c => c.Source.Marked);
        Field<NonNullGraphType<IntGraphType>>("start").Description("Where `before` starts in the document.").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Description("Where `after` ends in the document.").Resolve(c => c.Source.End);
        Field<NonNullGraphType<BooleanGraphType>>("truncatedBefore").Description("The document goes on before `start`.").Resolve(c => c.Source.TruncatedBefore);
        Field<NonNullGraphType<BooleanGraphType>>("truncatedAfter").Description("The document goes on after `end`.").Resolve(c => c.Source.TruncatedAfter);
    }
}
