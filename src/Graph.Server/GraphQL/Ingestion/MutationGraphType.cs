using Graph.Extraction;
using Graph.Server.Ingestion;
using GraphQL;
using GraphQL.Types;

namespace Graph.Server.GraphQL.Ingestion;

/// <summary>The root mutation type.</summary>
internal sealed class MutationGraphType : ObjectGraphType
{
    private const int MaxTitleLength = 500;

    public MutationGraphType()
    {
        Name = "Mutation";
        Field<NonNullGraphType<IngestDocumentPayloadGraphType>>("ingestDocument")
            .Description("Extracts entities, relations and figures from a document and stores them in one transaction. Re-ingesting the same text changes nothing.")
            .Argument<NonNullGraphType<IngestDocumentInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<IngestDocumentInput>("input");
                if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Length > MaxTitleLength)
                {
                    throw new BadUserInputError($"'title' must hold 1 to {MaxTitleLength} characters.");
                }

                var document = new SourceDocument(input.Title.Trim(), input.Text, input.Title.Trim(), input.Source, input.PublishedAt);
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
