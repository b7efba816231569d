using Graph.Domain.Model;
using Graph.Domain.Store;

namespace Graph.GraphQL.Loading;

/// <summary>Source documents by content hash.</summary>
internal sealed class DocumentByHashLoader(IGraphReader store) : BatchLoader<string, DocumentInfo?>
{
    protected override async Task<IReadOnlyDictionary<string, DocumentInfo?>> FetchAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var documents = await store.GetDocumentsAsync(keys, cancellationToken).ConfigureAwait(false);
        return documents.ToDictionary(d => d.Hash, d => (DocumentInfo?)d, StringComparer.Ordinal);
    }

    protected override DocumentInfo? Missing(string key) => null;
}
