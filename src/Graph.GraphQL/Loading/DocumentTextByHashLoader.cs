using Graph.Domain.Store;
using Microsoft.Extensions.Options;

namespace Graph.GraphQL.Loading;

/// <summary>
/// Stored document texts by content hash, for snippets and <c>Document.text</c>; null where the store has no text. A
/// request reads at most <see cref="GraphQLLimits.MaxDocumentTextChars"/> characters of text: each batch first reads the
/// documents' lengths and is refused (LIMIT_EXCEEDED) before any text is loaded when it would go over.
/// </summary>
internal sealed class DocumentTextByHashLoader(IGraphReader reader, IDocumentTextReader texts, IOptions<GraphQLLimits> limits) : BatchLoader<string, string?>
{
    private long _chars;

    protected override async Task<IReadOnlyDictionary<string, string?>> FetchAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var documents = await reader.GetDocumentsAsync(keys, cancellationToken).ConfigureAwait(false);
        var budget = limits.Value.MaxDocumentTextChars;
        if (Interlocked.Add(ref _chars, documents.Sum(d => (long)d.Length)) > budget)
        {
            throw new LimitExceededExecutionError(
                $"The request reads the text of more documents than Graph:Limits:MaxDocumentTextChars ({budget} characters) allows; " +
                "ask for fewer snippets or texts at once.");
        }

        var found = await texts.GetDocumentTextsAsync(keys, cancellationToken).ConfigureAwait(false);
        return found.ToDictionary(t => t.Hash, t => (string?)t.Text, StringComparer.Ordinal);
    }

    protected override string? Missing(string key) => null;
}
