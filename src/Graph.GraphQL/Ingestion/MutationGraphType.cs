using Graph.Extraction;
using Graph.GraphQL.Inputs;
using Graph.GraphQL.Ingestion;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Graph.GraphQL.Ingestion;

/// <summary>The root mutation type.</summary>
internal sealed class MutationGraphType : ObjectGraphType
{
    private const int MaxTitleLength = 500;
    private const int MaxSourceLength = 200;

    public MutationGraphType()
    {
        Name = "Mutation";
        Field<NonNullGraphType<IngestDocumentPayloadGraphType>>("ingestDocument")
            .Description(
                "Extracts entities, relations and figures from a document and stores them in one transaction. Re-ingesting the same text " +
                "changes nothing. Extraction runs under the operation's deadline; a document cancelled or refused leaves the store as it was.")
            .Argument<NonNullGraphType<IngestDocumentInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<IngestDocumentInput>("input");
                var title = TextInputs.Line(input.Title, "title", MaxTitleLength, required: true)!;
                var source = TextInputs.Line(input.Source, "source", MaxSourceLength);
                var text = TextInputs.Document(input.Text, "text", c.Service<IOptions<IngestionOptions>>().Value.MaxDocumentChars);
                var document = new SourceDocument(title, text, title, string.IsNullOrEmpty(source) ? null : source, input.PublishedAt);
                try
                {
                    return await c.Service<DocumentIngestor>().IngestAsync(document, c.CancellationToken).ConfigureAwait(false);
                }
                catch (DocumentRejectedException exception)
                {
                    throw new BadUserInputError(exception.Message);
                }
            });
    }
}
