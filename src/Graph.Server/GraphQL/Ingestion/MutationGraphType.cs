using Graph.Extraction;
using Graph.Server.Ingestion;
using GraphQL;
using GraphQL.Types;

namespace Graph.Server.GraphQL.Ingestion;

/// <summary>The root mutation type.</summary>
internal sealed class MutationGraphType : ObjectGraphType
{
    private const int MaxTitleLength = 500;

    /// <summary>C0 controls other than tab, line feed, form feed and carriage return mark binary content.</summary>
    private static bool IsBinary(char c) => c < ' ' && c is not ('\t' or '\n' or '\r' or '\f');

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

                if (input.Text.Any(IsBinary))
                {
                    throw new BadUserInputError("'text' holds control characters: send the document's text, not a binary file.");
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
