using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Neo4j.Cypher;

namespace Graph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<DocumentText>> GetDocumentTextsAsync(
        IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        cancellationToken.ThrowIfCancellationRequested();
        if (hashes.Count == 0)
        {
            return [];
        }

        return (await QueryAsync(CypherCatalog.DocumentTextsByHash, new() { ["hashes"] = Distinct(hashes) }, cancellationToken).ConfigureAwait(false))
            .Select(r => new DocumentText((string)r["hash"]!, (string)r["text"]!)).ToList();
    }

    // The batch as this store writes it: without its text unless the store keeps texts.
    private GraphBatch Kept(GraphBatch batch) => _options.KeepText ? batch : batch with { DocumentText = null };
}
