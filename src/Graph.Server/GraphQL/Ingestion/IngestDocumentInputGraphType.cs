using Graph.Server.GraphQL.Scalars;
using GraphQL.Types;

namespace Graph.Server.GraphQL.Ingestion;

/// <summary>The input of <c>ingestDocument</c>.</summary>
internal sealed class IngestDocumentInputGraphType : InputObjectGraphType<IngestDocumentInput>
{
    public IngestDocumentInputGraphType()
    {
        Name = "IngestDocumentInput";
        Description = "A document to turn into graph facts.";
        Field<NonNullGraphType<StringGraphType>>("title").Description("The document's title; also its name.");
        Field<NonNullGraphType<StringGraphType>>("text").Description("The full text (a newsletter or a single article).");
        Field<StringGraphType>("source").Description("The publisher, used when the text names none.");
        Field<IsoDateGraphType>("publishedAt").Description("Resolves relative periods such as 今年 1-3 月.");
    }
}
