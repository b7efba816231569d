using Graph.GraphQL.Scalars;
using GraphQL.Types;

namespace Graph.GraphQL.Ingestion;

/// <summary>The input of <c>ingestDocument</c>.</summary>
internal sealed class IngestDocumentInputGraphType : InputObjectGraphType<IngestDocumentInput>
{
    public IngestDocumentInputGraphType()
    {
        Name = "IngestDocumentInput";
        Description = "A document to turn into graph facts.";
        Field<NonNullGraphType<StringGraphType>>("title").Description("The document's title; also its name. One line of at most 500 characters.");
        Field<NonNullGraphType<StringGraphType>>("text")
            .Description("The full text (a newsletter or a single article), at most Graph:Ingestion:MaxDocumentChars characters; no control characters but line breaks and tabs.");
        Field<StringGraphType>("source").Description("The publisher, used when the text names none. One line of at most 200 characters.");
        Field<IsoDateGraphType>("publishedAt").Description("Resolves relative periods such as 今年 1-3 月.");
    }
}
